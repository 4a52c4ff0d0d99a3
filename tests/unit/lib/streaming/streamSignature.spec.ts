import { describe, expect, it } from 'vitest'
import { checkStreamSignature, streamSigner } from '@/lib/streaming/streamSignature'

const now = Date.parse('2026-11-25T12:00:00Z')
const grant = { movieId: 7, rentalId: 41, expiresAt: now / 1000 + 600 }
const queryOf = (url: string) => new URL(url, 'http://localhost').searchParams

describe('stream URL signatures', () => {
  const signed = streamSigner(grant)('/api/movies/7/stream/360p/segment_000.ts')

  it('a signed URL checks out for its own path and film, until it expires', () => {
    expect(checkStreamSignature('/api/movies/7/stream/360p/segment_000.ts', 7, queryOf(signed), now)).toEqual({
      ok: true,
      grant,
    })
    expect(checkStreamSignature('/api/movies/7/stream/360p/segment_000.ts', 7, queryOf(signed), now + 600_000)).toEqual(
      { ok: false, reason: 'expired' },
    )
  })

  it('is refused for another segment, another film, another rental or a later expiry', () => {
    expect(checkStreamSignature('/api/movies/7/stream/360p/segment_001.ts', 7, queryOf(signed), now).ok).toBe(false)
    expect(checkStreamSignature('/api/movies/7/stream/360p/segment_000.ts', 8, queryOf(signed), now).ok).toBe(false)
    const otherRental = queryOf(signed)
    otherRental.set('rental', '42')
    expect(checkStreamSignature('/api/movies/7/stream/360p/segment_000.ts', 7, otherRental, now)).toEqual({
      ok: false,
      reason: 'invalid',
    })
    const later = queryOf(signed)
    later.set('expires', String(grant.expiresAt + 3600))
    expect(checkStreamSignature('/api/movies/7/stream/360p/segment_000.ts', 7, later, now)).toEqual({
      ok: false,
      reason: 'invalid',
    })
    expect(checkStreamSignature('/api/movies/7/stream/360p/segment_000.ts', 7, new URLSearchParams(), now)).toEqual({
      ok: false,
      reason: 'missing',
    })
  })
})
