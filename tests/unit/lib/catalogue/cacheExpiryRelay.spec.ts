import { beforeAll, describe, expect, it } from 'vitest'
import { cacheExpiryHeader, expirySignedByUs, signExpiry } from '@/lib/catalogue/cacheExpiryRelay'

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

describe('POST /api/cache-expiry refuses before it expires anything', () => {
  const post = async (body: BodyInit, headers: Record<string, string> = {}) => {
    const { POST } = await import('@/app/(payload)/api/cache-expiry/route')
    const response = await POST(
      new Request('http://app.test/api/cache-expiry', { method: 'POST', body, headers, duplex: 'half' } as RequestInit),
    )
    return { status: response.status, body: await response.json() }
  }

  it('stops reading an oversized body at the limit, though it declares no length', async () => {
    let sent = 0
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 16 * 1024
        controller.enqueue(new Uint8Array(16 * 1024).fill(0x20))
      },
    })
    const answer = await post(endless)
    expect(answer.status).toBe(413)
    expect(answer.body.errors[0].message).toMatch(/at most 65536 bytes/)
    expect(sent).toBeLessThan(128 * 1024)
  })

  it('refuses an unsigned body (401) and signed tags that are not the catalogue’s (400, naming tags)', async () => {
    const unsigned = await post(JSON.stringify({ tags: ['catalogue'] }))
    expect(unsigned.status).toBe(401)
    const foreign = JSON.stringify({ tags: ['sessions:ສັນຍານ'] })
    const refused = await post(foreign, { [cacheExpiryHeader]: signExpiry(foreign, Date.now()) })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].field).toBe('tags')
  })
})
