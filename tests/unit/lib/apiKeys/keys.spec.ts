import { describe, expect, it } from 'vitest'
import { keyDisplayPrefix, newKey, presentedKey } from '@/lib/apiKeys/keys'

const headers = (authorization: string) => new Headers({ authorization })

describe('API keys', () => {
  it('are 32 random bytes behind a recognisable prefix, never twice the same', () => {
    const [a, b] = [newKey(), newKey()]
    expect(a).toMatch(/^lc_live_[A-Za-z0-9_-]{43}$/)
    expect(a).not.toBe(b)
    expect(keyDisplayPrefix(a)).toBe(`${a.slice(0, 14)}…`)
  })

  it("are read from Payload's scheme or a bearer token, and nothing else", () => {
    const key = newKey()
    expect(presentedKey(headers(`users API-Key ${key}`))).toBe(key)
    expect(presentedKey(headers(`Bearer ${key}`))).toBe(key)
    expect(presentedKey(headers(`JWT ${key}`))).toBeNull()
    expect(presentedKey(headers(`Bearer eyJhbGciOiJIUzI1NiJ9.e30.x`))).toBeNull()
    expect(presentedKey(headers(`others API-Key ${key}`))).toBeNull()
    expect(presentedKey(headers(`Bearer lc_live_${'x'.repeat(200)}`))).toBeNull()
    expect(presentedKey(new Headers())).toBeNull()
  })
})
