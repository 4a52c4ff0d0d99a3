import { beforeAll, describe, expect, it } from 'vitest'
import { expirySignedByUs, signExpiry } from '@/lib/catalogue/cacheExpiryRelay'

beforeAll(() => {
  process.env.PAYLOAD_SECRET ||= 'a-unit-test-secret-of-at-least-32-characters'
})

describe('the worker-to-web cache expiry signature', () => {
  const body = JSON.stringify({ tags: ['catalogue:film:ສັນຍານ'] })

  it('accepts a body signed by us within five minutes', () => {
    const now = Date.now()
    expect(expirySignedByUs(body, signExpiry(body, now), now + 60_000)).toBe(true)
  })

  it('refuses a changed body, a stale or future signature, and anything malformed', () => {
    const now = Date.now()
    const header = signExpiry(body, now)
    expect(expirySignedByUs(body.replace('ສັນຍານ', 'x'), header, now)).toBe(false)
    expect(expirySignedByUs(body, header, now + 301_000)).toBe(false)
    expect(expirySignedByUs(body, header, now - 301_000)).toBe(false)
    expect(expirySignedByUs(body, null, now)).toBe(false)
    expect(expirySignedByUs(body, 't=1,v1=zz', now)).toBe(false)
    expect(expirySignedByUs(body, header.replace(/v1=./, 'v1=0'), now)).toBe(header.includes('v1=0'))
  })
})
