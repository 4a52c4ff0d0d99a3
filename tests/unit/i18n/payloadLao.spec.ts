import { en } from 'payload/i18n/en'
import { describe, expect, it } from 'vitest'
import { payloadLaoTranslations } from '@/i18n/admin/payloadLao'

type Strings = { [key: string]: string | Strings }
const flatten = (strings: Strings, prefix = ''): [string, string][] =>
  Object.entries(strings).flatMap(([key, value]) =>
    typeof value === 'string' ? [[prefix + key, value] as [string, string]] : flatten(value, `${prefix}${key}:`),
  )

const english = new Map(flatten(en.translations as unknown as Strings))
const lao = new Map(flatten(payloadLaoTranslations as unknown as Strings))

// Interpolations ({{label}}) and the numbered tags Payload's <Translation> fills (<0>…</0>).
const placeholdersOf = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}|<\/?(\d+)>/g)].map((m) => m[0]).sort()

describe("Payload's admin strings in Lao", () => {
  it('translates every key of the installed English set, and no key it lacks', () => {
    const missing = [...english.keys()].filter((key) => !lao.has(key))
    const unknown = [...lao.keys()].filter((key) => !english.has(key))
    expect(missing).toEqual([])
    expect(unknown).toEqual([])
    expect(english.size).toBeGreaterThan(500)
  })

  it('writes every string in Lao script', () => {
    for (const [key, value] of lao) expect(value, key).toMatch(/[\u0E80-\u0EFF]/)
  })

  it('keeps every placeholder and tag of the English string', () => {
    for (const [key, value] of english) expect(placeholdersOf(lao.get(key) ?? ''), key).toEqual(placeholdersOf(value))
  })
})
