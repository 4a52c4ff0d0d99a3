import { createHmac, randomBytes } from 'node:crypto'
import { derivedKey } from '../config/derivedKey'

/** Every key starts so: secret scanners and people recognise one, and the strategy skips anything else cheaply. */
export const keyPrefix = 'lc_live_'

/** A new key's plain text: 32 random bytes. It is shown once and never stored. */
export const newKey = (): string => `${keyPrefix}${randomBytes(32).toString('base64url')}`

/**
 * What is stored and looked up: an HMAC of the key with a key derived from the app's secret, so a
 * copy of the database alone cannot be turned back into keys nor checked against guesses.
 */
export const keyHash = (key: string): string =>
  createHmac('sha256', derivedKey('api-keys')).update(key).digest('base64url')

/** What the admin shows to tell keys apart: the prefix and the first few characters. */
export const keyDisplayPrefix = (key: string): string => `${key.slice(0, keyPrefix.length + 6)}…`

/**
 * The key a request presents, in either form integrators may use:
 * `Authorization: users API-Key <key>` (Payload's own scheme) or `Authorization: Bearer <key>`.
 */
export function presentedKey(headers: Headers): string | null {
  const authorization = headers.get('authorization')
  if (!authorization) return null
  const match = /^(?:users API-Key|Bearer) (\S+)$/.exec(authorization.trim())
  const key = match?.[1]
  // Bounded, so a hostile 1 MB header is never hashed or looked up.
  return key && key.startsWith(keyPrefix) && key.length <= 128 ? key : null
}
