import { Webhook } from 'standardwebhooks'

/**
 * The three headers of a Standard Webhooks delivery: `webhook-signature` is
 * `v1,<base64 HMAC-SHA256 of "id.timestamp.body">` keyed with the base64-decoded secret
 * (https://www.standardwebhooks.com/). Signed by the specification's own library, so an
 * integrator's verifier and ours cannot disagree.
 */
export function signedHeaders(secret: string, messageId: string, sentAt: Date, body: string): Record<string, string> {
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
    'webhook-signature': new Webhook(secret).sign(messageId, sentAt, body),
  }
}
