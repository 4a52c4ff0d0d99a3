import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'
import { sqlFor } from '../database/sqlFor'
import type { WebhookEvent, WebhookMessage } from './events'
import { newMessageId } from './secret'
import { webhookQueue } from './settings'
import { sendWebhooksSoon } from './sendSoon'

/**
 * Records one delivery per enabled endpoint subscribed to `type`, and queues the job that sends
 * it, in the caller's transaction (the outbox pattern): a change that rolls back (a refused
 * payment, a failed save) leaves no delivery behind, and a committed one always has its delivery
 * and its job, whatever happens to this process next. Nothing is sent from here.
 */
export async function emitWebhookEvent(
  payload: Payload,
  req: Partial<PayloadRequest>,
  type: WebhookEvent,
  data: Record<string, unknown>,
): Promise<number> {
  const db = await sqlFor(payload, req)
  const { rows } = await db.execute(sql`
    SELECT endpoint.id FROM webhook_endpoints AS endpoint
    JOIN webhook_endpoints_events AS subscribed ON subscribed.parent_id = endpoint.id
    WHERE endpoint.enabled AND subscribed.value = ${type}
    ORDER BY endpoint.id`)
  if (rows.length === 0) return 0
  const message: WebhookMessage = { type, timestamp: new Date().toISOString(), data }
  for (const { id } of rows) {
    const delivery = await payload.create({
      collection: 'webhook-deliveries',
      overrideAccess: true,
      req,
      data: {
        endpoint: Number(id),
        eventType: type,
        messageId: newMessageId(),
        payload: message,
        status: 'pending',
        attempts: 0,
        retriesUsed: 0,
        nextAttemptAt: message.timestamp,
      },
    })
    await payload.jobs.queue({
      task: 'sendWebhookDelivery',
      queue: webhookQueue,
      input: { deliveryId: delivery.id },
      overrideAccess: true,
      req: req as PayloadRequest,
    })
  }
  sendWebhooksSoon(payload)
  return rows.length
}
