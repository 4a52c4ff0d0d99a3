import { IncomingMessage, ServerResponse } from 'node:http'
import { Socket } from 'node:net'
import { describe, expect, it } from 'vitest'
import { cdnCacheControl, shortenSharedCaching } from '@/lib/http/cdnCacheControl'

describe('cdnCacheControl', () => {
  it('gives a CDN 30 s fresh and 30 s stale by default, and what the environment says otherwise', () => {
    expect(cdnCacheControl({})).toBe('public, max-age=0, s-maxage=30, stale-while-revalidate=30')
    expect(cdnCacheControl({ CDN_MAX_AGE_SECONDS: '5', CDN_STALE_SECONDS: '0' })).toBe(
      'public, max-age=0, s-maxage=5, stale-while-revalidate=0',
    )
  })

  it('ignores values that are not whole seconds', () => {
    for (const value of ['', ' ', '-1', '1.5', 'soon', '1e400'])
      expect(cdnCacheControl({ CDN_MAX_AGE_SECONDS: value, CDN_STALE_SECONDS: value })).toBe(
        'public, max-age=0, s-maxage=30, stale-while-revalidate=30',
      )
  })
})

describe('shortenSharedCaching', () => {
  const response = () => {
    const res = new ServerResponse(new IncomingMessage(new Socket()))
    shortenSharedCaching(res, 'public, max-age=0, s-maxage=30, stale-while-revalidate=30')
    return res
  }

  it('replaces the lifetimes Next gives its cached pages', () => {
    const res = response()
    res.setHeader('Cache-Control', 's-maxage=3600, stale-while-revalidate=31532400')
    expect(res.getHeader('cache-control')).toBe('public, max-age=0, s-maxage=30, stale-while-revalidate=30')
  })

  it('leaves private, uncached and immutable answers and other headers as they are', () => {
    const res = response()
    for (const value of [
      'private, no-cache, no-store, max-age=0, must-revalidate',
      'no-store',
      'public, max-age=31536000, immutable',
    ]) {
      res.setHeader('Cache-Control', value)
      expect(res.getHeader('cache-control')).toBe(value)
    }
    res.setHeader('X-Note', 's-maxage=1')
    expect(res.getHeader('x-note')).toBe('s-maxage=1')
  })
})
