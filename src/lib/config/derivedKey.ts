import { createHmac } from 'node:crypto'
import { payloadSecret } from './payloadSecret'

/**
 * A key for one purpose, derived from the app's one secret: signing anonymous identities and the
 * demo provider's webhooks must never share a key, yet neither needs a secret of its own to configure.
 */
export function derivedKey(purpose: string): Buffer {
  return createHmac('sha256', payloadSecret()).update(`lao-cinema:${purpose}`).digest()
}
