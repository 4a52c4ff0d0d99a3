import { describe, expect, it } from 'vitest'
import en from '../../../messages/en.json'
import lo from '../../../messages/lo.json'

type Messages = { [key: string]: string | Messages }
const flatten = (messages: Messages, prefix = ''): [string, string][] =>
  Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [[prefix + key, value] as [string, string]] : flatten(value, `${prefix}${key}.`),
  )

// Strings that are the same in both languages on purpose: a language's own name, and brand names.
const sameInBothLanguages = new Set([
  'language.en',
  'language.lo',
  'player.controls.airPlay',
  'player.controls.googleCast',
])

describe('UI messages', () => {
  const enEntries = new Map(flatten(en))
  const loEntries = new Map(flatten(lo))

  it('en.json and lo.json have exactly the same keys', () => {
    expect([...loEntries.keys()].sort()).toEqual([...enEntries.keys()].sort())
  })

  it('no message is empty', () => {
    for (const [key, value] of [...enEntries, ...loEntries]) expect(value.trim(), key).not.toBe('')
  })

  it('every Lao message is written in Lao, not left in English', () => {
    for (const [key, value] of loEntries) {
      if (sameInBothLanguages.has(key)) continue
      expect(value, key).toMatch(/[\u0E80-\u0EFF]/)
      expect(value, key).not.toBe(enEntries.get(key))
    }
  })

  it('placeholders match between languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const [key, value] of enEntries)
      expect(placeholders(loEntries.get(key) ?? ''), key).toEqual(placeholders(value))
  })
})
