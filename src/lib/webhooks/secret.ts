import { randomBytes } from 'node:crypto'

/** A signing secret in the Standard Webhooks format: `whsec_` and 32 random bytes in base64. */
export const newWebhookSecret = (): string => `whsec_${randomBytes(32).toString('base64')}`

/** A message id in the format integrators de-duplicate on (`webhook-id`). */
export const newMessageId = (): string => `msg_${randomBytes(16).toString('base64url')}`
