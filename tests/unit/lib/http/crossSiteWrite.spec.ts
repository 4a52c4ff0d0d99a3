import { describe, expect, it } from 'vitest'
import { isCrossSiteWrite } from '@/lib/http/crossSiteWrite'

const request = (method: string, headers: Record<string, string>) => ({
  method,
  headers: new Headers({ host: 'laocinema.la', ...headers }),
  url: 'https://laocinema.la/api/payments/checkout',
})
const cookie = { cookie: 'payload-token=abc; lc_viewer=anon_x.sig' }

describe('cross-site writes', () => {
  it('refuses a cookie-carrying write that a browser says came from another site', () => {
    expect(isCrossSiteWrite(request('POST', { ...cookie, 'sec-fetch-site': 'cross-site' }))).toBe(true)
    expect(isCrossSiteWrite(request('PATCH', { ...cookie, origin: 'https://evil.example' }))).toBe(true)
    expect(isCrossSiteWrite(request('DELETE', { ...cookie, origin: 'null' }))).toBe(true)
  })

  it('lets through the site’s own writes, reads, and requests without cookies (webhooks, token clients)', () => {
    expect(
      isCrossSiteWrite(request('POST', { ...cookie, 'sec-fetch-site': 'same-origin', origin: 'https://laocinema.la' })),
    ).toBe(false)
    expect(isCrossSiteWrite(request('POST', { ...cookie, origin: 'https://laocinema.la' }))).toBe(false)
    expect(isCrossSiteWrite(request('GET', { ...cookie, 'sec-fetch-site': 'cross-site' }))).toBe(false)
    expect(isCrossSiteWrite(request('POST', { origin: 'https://bank.example' }))).toBe(false)
    expect(isCrossSiteWrite(request('POST', { ...cookie }))).toBe(false)
  })
})
