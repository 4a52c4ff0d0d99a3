import type { CollectionBeforeChangeHook } from 'payload'
import { newWebhookSecret } from '@/lib/webhooks/secret'

/**
 * The secret is the server's: made once on create, never taken from a caller. Switching an
 * endpoint on again clears why it was switched off.
 */
export const keepSecretAndReason: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  data.secret = operation === 'create' || !originalDoc?.secret ? newWebhookSecret() : originalDoc.secret
  if (data.enabled === true && originalDoc?.enabled === false) {
    data.disabledReason = null
    data.disabledAt = null
  }
  return data
}
