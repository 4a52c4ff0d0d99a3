import type { Payload } from 'payload'
import { runQueuedJobsInBackground } from '../jobs/runJobs'
import { jobsRunInWeb } from '../jobs/settings'
import { webhookQueue } from './settings'

/**
 * Where the web process runs jobs itself (JOBS_RUN_IN_WEB, `npm run dev`), drains the webhook
 * queue after `delayMs`: a moment after the emitting transaction commits, or when a retry is due.
 * Production leaves it to `npm run worker`, which polls the queue.
 */
export function sendWebhooksSoon(payload: Payload, delayMs = 0): void {
  if (!jobsRunInWeb()) return
  // Once shortly after, and once more later for a transaction that took longer to commit.
  for (const after of [250, 5_000])
    setTimeout(() => runQueuedJobsInBackground(payload, webhookQueue), delayMs + after).unref()
}
