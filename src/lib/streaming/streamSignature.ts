import { createHmac, timingSafeEqual } from 'node:crypto'
import { derivedKey } from '../config/derivedKey'

/**
 * What a stream URL is bound to: one path of one film's stream, one rental (and so one viewer), and
 * an expiry. Changing any of them breaks the signature.
 */
export type StreamGrant = { movieId: number; rentalId: number; expiresAt: number }

const key = () => derivedKey('stream-urls')

function signatureOf(path: string, grant: StreamGrant, signingKey: Buffer): string {
  return createHmac('sha256', signingKey)
    .update(`${grant.movieId}\n${grant.rentalId}\n${grant.expiresAt}\n${path}`)
    .digest('base64url')
}

/**
 * A signer for many paths under one grant (a playlist's worth of segments): the key is derived
 * once, each path costs one HMAC.
 */
export function streamSigner(grant: StreamGrant): (path: string) => string {
  const signingKey = key()
  const query = `rental=${grant.rentalId}&expires=${grant.expiresAt}`
  return (path) => `${path}?${query}&signature=${signatureOf(path, grant, signingKey)}`
}

type SignatureCheck = { ok: true; grant: StreamGrant } | { ok: false; reason: 'missing' | 'invalid' | 'expired' }

/** Checks a stream URL's query against its path and film; the rental itself is checked by the caller. */
export function checkStreamSignature(
  path: string,
  movieId: number,
  query: URLSearchParams,
  now = Date.now(),
): SignatureCheck {
  const rental = query.get('rental')
  const expires = query.get('expires')
  const signature = query.get('signature')
  if (!rental || !expires || !signature) return { ok: false, reason: 'missing' }
  const grant = { movieId, rentalId: Number(rental), expiresAt: Number(expires) }
  if (!Number.isSafeInteger(grant.rentalId) || !Number.isSafeInteger(grant.expiresAt))
    return { ok: false, reason: 'invalid' }
  const expected = Buffer.from(signatureOf(path, grant, key()))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'invalid' }
  if (grant.expiresAt <= Math.floor(now / 1000)) return { ok: false, reason: 'expired' }
  return { ok: true, grant }
}
