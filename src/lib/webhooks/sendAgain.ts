import type { Payload } from 'payload'
import { relationId } from '../database/relationId'
import { withTransaction } from '../database/withTransaction'
import { PublicError } from '../http/errors'
import { sendWebhooksSoon } from './sendSoon'
import { webhookQueue } from './settings'

/**
 * Puts a delivery back to pending with a fresh retry schedule and queues its next try now, in one
 * transaction. Refused (409) while its endpoint is disabled: switch it on first.
 */
export async function sendDeliveryAgain(payload: Payload, deliveryId: number): Promise<'pending'> {
  await withTransaction(payload, {}, async (req) => {
    const delivery = await payload
      .findByID({ collection: 'webhook-deliveries', id: deliveryId, depth: 0, overrideAccess: true, req })
      .catch(() => null)
    if (!delivery) throw new PublicError(404, 'There is no webhook delivery with this id.', 'id')
    const endpoint = await payload.findByID({
      collection: 'webhook-endpoints',
      id: relationId(delivery.endpoint),
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (!endpoint.enabled)
      throw new PublicError(409, 'The endpoint is disabled: switch it on again before sending.', 'endpoint')
    const now = new Date().toISOString()
    await payload.update({
      collection: 'webhook-deliveries',
      id: deliveryId,
      overrideAccess: true,
      req,
      data: { status: 'pending', retriesUsed: 0, nextAttemptAt: now },
    })
    await payload.jobs.queue({
      task: 'sendWebhookDelivery',
      queue: webhookQueue,
      input: { deliveryId },
      overrideAccess: true,
      req,
    })
  })
  sendWebhooksSoon(payload)
  return 'pending'
}
