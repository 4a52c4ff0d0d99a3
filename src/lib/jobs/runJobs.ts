import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { sqlFor } from '../database/sqlFor'
import { claimJob, type ClaimedJob } from './claimJob'
import { jobLeaseSeconds } from './settings'

export const defaultQueue = 'default'

/** How many times a task may be tried again after its first run, as its config says (Payload's rule). */
function retriesOf(payload: Payload, taskSlug: string | null): number {
  const task = payload.config.jobs.tasks?.find((candidate) => candidate.slug === taskSlug)
  const retries = task?.retries
  if (typeof retries === 'number') return retries
  return retries?.attempts ?? 0
}

async function giveUp(payload: Payload, job: ClaimedJob): Promise<void> {
  const error = { message: `Its runner stopped answering ${job.totalTried} time(s); no tries are left.` }
  payload.logger.error(`Job ${job.id} (${job.taskSlug}) is given up: ${error.message}`)
  const db = await sqlFor(payload)
  await db.execute(sql`
    UPDATE payload_jobs SET processing = false, has_error = true, error = ${JSON.stringify(error)}::jsonb,
      updated_at = now()
    WHERE id = ${job.id}`)
}

async function renewClaim(payload: Payload, id: number): Promise<void> {
  const db = await sqlFor(payload)
  await db.execute(sql`UPDATE payload_jobs SET updated_at = now() WHERE id = ${id} AND processing`)
}

/** Hands a claimed job back to the queue at once, for a runner that stops before finishing it. */
export async function releaseJob(payload: Payload, id: number): Promise<void> {
  const db = await sqlFor(payload)
  await db.execute(sql`
    UPDATE payload_jobs SET processing = false, updated_at = now()
    WHERE id = ${id} AND processing AND completed_at IS NULL`)
}

/**
 * Claims the next job of `queue` and runs it with Payload's own runner (task, retries, log,
 * output), renewing the claim while it runs. Answers the job's id, or null when none was ready.
 * `onClaim` learns the id first, so a stopping worker knows what to release.
 */
export async function runNextJob(
  payload: Payload,
  options: { queue?: string; onClaim?: (id: number) => void } = {},
): Promise<number | null> {
  const leaseSeconds = jobLeaseSeconds()
  const job = await claimJob(payload, { queue: options.queue ?? defaultQueue, leaseSeconds })
  if (!job) return null
  if (job.lost) payload.logger.warn(`Job ${job.id} (${job.taskSlug}) lost its runner; taking it over`)
  if (job.lost && job.totalTried > retriesOf(payload, job.taskSlug)) {
    await giveUp(payload, job)
    return job.id
  }
  options.onClaim?.(job.id)
  const renewal = setInterval(() => {
    renewClaim(payload, job.id).catch((error: unknown) =>
      payload.logger.warn({ err: error }, `could not renew the claim on job ${job.id}`),
    )
  }, leaseSeconds * 250)
  try {
    await payload.jobs.runByID({ id: job.id, overrideAccess: true })
  } finally {
    clearInterval(renewal)
  }
  return job.id
}

const draining = new Set<string>()
const queuedWhileDraining = new Set<string>()

/**
 * Runs, in this process and in the background, every ready job of `queue`: what the web process
 * does after queueing one when it runs jobs itself (JOBS_RUN_IN_WEB).
 */
export function runQueuedJobsInBackground(payload: Payload, queue: string = defaultQueue): void {
  if (draining.has(queue)) {
    queuedWhileDraining.add(queue)
    return
  }
  draining.add(queue)
  void (async () => {
    do {
      queuedWhileDraining.delete(queue)
      while ((await runNextJob(payload, { queue })) !== null);
    } while (queuedWhileDraining.has(queue))
  })()
    .catch((error: unknown) => payload.logger.error({ err: error }, 'running queued jobs in-process failed'))
    .finally(() => draining.delete(queue))
}
