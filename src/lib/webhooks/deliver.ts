import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import type { WebhookDelivery, WebhookEndpoint } from '../../../payload-types'
import { relationId } from '../database/relationId'
import { sqlFor } from '../database/sqlFor'
import { tellAdminsEndpointDisabled } from './disabledNotice'
import { sendWebhooksSoon } from './sendSoon'
import { webhookQueue, webhookRetrySchedule, webhookTimeoutMs } from './settings'
import { signedHeaders } from './sign'
import { refusedWebhookUrl } from './urlPolicy'

const answerExcerptChars = 500

type TryResult = { ok: boolean; statusCode: number | null; answer: string }

/** One POST of the signed body; never throws, and never waits longer than the timeout. */
async function postOnce(endpoint: WebhookEndpoint, delivery: WebhookDelivery): Promise<TryResult> {
  const refused = refusedWebhookUrl(endpoint.url)
  if (refused) return { ok: false, statusCode: null, answer: `Not sent: ${refused}` }
  const body = JSON.stringify(delivery.payload)
  try {
    const response = await fetch(endpoint.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'LaoCinema-Webhooks/1',
        ...signedHeaders(endpoint.secret!, delivery.messageId, new Date(), body),
      },
      body,
      // A redirect could lead anywhere (a private address): it counts as a failed answer.
      redirect: 'manual',
      signal: AbortSignal.timeout(webhookTimeoutMs()),
    })
    const answer = (await response.text().catch(() => '')).slice(0, answerExcerptChars)
    return { ok: response.status >= 200 && response.status < 300, statusCode: response.status, answer }
  } catch (error) {
    const timedOut = (error as Error).name === 'TimeoutError'
    const answer = timedOut ? `No answer within ${webhookTimeoutMs()} ms.` : `Not reached: ${(error as Error).message}`
    return { ok: false, statusCode: null, answer: answer.slice(0, answerExcerptChars) }
  }
}

/**
 * Whether an endpoint has failed for a whole retry window: nothing it was sent succeeded since
 * `since` (the creation of a delivery that has just been given up on after every retry).
 */
async function failedThroughout(payload: Payload, endpointId: number, since: string): Promise<boolean> {
  const db = await sqlFor(payload)
  const { rows } = await db.execute(sql`
    SELECT 1 FROM webhook_deliveries
    WHERE endpoint_id = ${endpointId} AND status = 'succeeded' AND last_attempt_at >= ${since}
    LIMIT 1`)
  return rows.length === 0
}

async function disableEndpoint(payload: Payload, endpoint: WebhookEndpoint, lastAnswer: string): Promise<void> {
  const hours = Math.round(webhookRetrySchedule().reduce((sum, ms) => sum + ms, 0) / 360_000) / 10
  const reason = `Every delivery failed for ${hours} h; the last answer: ${lastAnswer}`.slice(0, 1000)
  // Only the first to notice disables it and tells the admins, however many deliveries give up at once.
  const db = await sqlFor(payload)
  const { rows } = await db.execute(sql`
    UPDATE webhook_endpoints SET enabled = false, disabled_reason = ${reason}, disabled_at = now(), updated_at = now()
    WHERE id = ${endpoint.id} AND enabled RETURNING id`)
  if (rows.length === 0) return
  payload.logger.warn({ endpoint: endpoint.id, url: endpoint.url }, 'webhook endpoint disabled after failing')
  await tellAdminsEndpointDisabled(payload, { ...endpoint, disabledReason: reason })
}

/**
 * Tries a delivery once and records what happened: succeeded; failed with the next try queued
 * after the next wait of the retry schedule; or, past the schedule, abandoned — and then the
 * endpoint, if nothing sent to it succeeded for the whole window, is disabled and the admins told.
 */
export async function attemptDelivery(payload: Payload, deliveryId: number): Promise<WebhookDelivery['status']> {
  const delivery = await payload.findByID({
    collection: 'webhook-deliveries',
    id: deliveryId,
    depth: 1,
    overrideAccess: true,
  })
  if (delivery.status === 'succeeded' || delivery.status === 'abandoned') return delivery.status
  const endpoint = delivery.endpoint as WebhookEndpoint
  const now = new Date().toISOString()
  if (!endpoint.enabled) {
    await payload.update({
      collection: 'webhook-deliveries',
      id: deliveryId,
      overrideAccess: true,
      data: { status: 'abandoned', nextAttemptAt: null, lastResponse: 'Not sent: the endpoint is disabled.' },
    })
    return 'abandoned'
  }

  const result = await postOnce(endpoint, delivery)
  const schedule = webhookRetrySchedule()
  const retriesUsed = delivery.retriesUsed ?? 0
  const wait = result.ok ? undefined : schedule[retriesUsed]
  const status = result.ok ? 'succeeded' : wait === undefined ? 'abandoned' : 'failed'
  const nextAttemptAt = wait === undefined ? null : new Date(Date.now() + wait).toISOString()
  await payload.update({
    collection: 'webhook-deliveries',
    id: deliveryId,
    overrideAccess: true,
    data: {
      status,
      attempts: (delivery.attempts ?? 0) + 1,
      retriesUsed: wait === undefined ? retriesUsed : retriesUsed + 1,
      lastAttemptAt: now,
      nextAttemptAt,
      lastStatusCode: result.statusCode,
      lastResponse: result.answer,
    },
  })
  if (status === 'failed') {
    await payload.jobs.queue({
      task: 'sendWebhookDelivery',
      queue: webhookQueue,
      input: { deliveryId },
      waitUntil: new Date(nextAttemptAt!),
      overrideAccess: true,
    })
    sendWebhooksSoon(payload, wait)
  }
  if (status === 'abandoned' && (await failedThroughout(payload, relationId(endpoint), delivery.createdAt))) {
    const lastAnswer = result.statusCode === null ? result.answer : `HTTP ${result.statusCode}`
    await disableEndpoint(payload, endpoint, lastAnswer)
  }
  return status
}
