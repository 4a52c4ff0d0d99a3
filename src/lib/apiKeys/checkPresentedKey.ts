import type { Payload } from 'payload'
import { PublicError } from '../http/errors'
import { rateLimits } from '../rateLimits/limits'
import { consume } from '../rateLimits/rateLimiter'
import { ownerOfKey } from './authenticate'
import type { KeyOwner } from './checkedAtEdge'
import { keyHash, presentedKey } from './keys'

/**
 * At the edge of /api, before Payload runs: a request that presents an API key is counted against
 * that key's own rate limit (429 past it), and refused (401) when the key is unknown or revoked,
 * rather than quietly served as an anonymous caller. Answers the key and its owner (null when no
 * key is presented), which the strategy then authenticates without looking the key up again.
 */
export async function checkPresentedKey(
  headers: Headers,
  payloadOf: () => Promise<Payload>,
): Promise<{ key: string; owner: KeyOwner } | null> {
  const key = presentedKey(headers)
  if (!key) return null
  const payload = await payloadOf()
  await consume(payload, rateLimits.requestsPerApiKey, keyHash(key))
  const owner = await ownerOfKey(payload, key)
  if (!owner) throw new PublicError(401, 'This API key is not valid: it was revoked, or never issued.', 'authorization')
  return { key, owner }
}
