import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { sqlFor } from '../database/sqlFor'

export type ClaimedJob = { id: number; taskSlug: string | null; totalTried: number; lost: boolean }

/**
 * Claims the oldest runnable job of `queue` for this runner alone, or answers null.
 *
 * Payload's own runner (jobs.run, runByID) finds jobs with `processing = false` and then sets it
 * in a second statement, so two workers can both take the same job; and a job whose runner died
 * keeps `processing = true` forever. Here one statement takes the row under FOR UPDATE SKIP
 * LOCKED, so concurrent workers never take the same one, and a job still marked processing whose
 * claim was not renewed for `leaseSeconds` counts as lost: it is taken over, the lost run counting
 * as one try.
 */
export async function claimJob(payload: Payload, options: { queue: string; leaseSeconds: number }) {
  const db = await sqlFor(payload)
  const { rows } = await db.execute(sql`
    WITH next AS (
      SELECT id, processing IS TRUE AS lost FROM payload_jobs
      WHERE queue = ${options.queue}
        AND completed_at IS NULL
        AND has_error IS NOT TRUE
        AND (wait_until IS NULL OR wait_until < now())
        AND (processing IS NOT TRUE OR updated_at < now() - make_interval(secs => ${options.leaseSeconds}))
      ORDER BY created_at, id
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    UPDATE payload_jobs AS job
    SET processing = true,
        updated_at = now(),
        total_tried = coalesce(job.total_tried, 0) + CASE WHEN next.lost THEN 1 ELSE 0 END
    FROM next
    WHERE job.id = next.id
    RETURNING job.id, job.task_slug, job.total_tried, next.lost`)
  const row = rows[0]
  if (!row) return null
  return {
    id: Number(row.id),
    taskSlug: (row.task_slug as string | null) ?? null,
    totalTried: Number(row.total_tried ?? 0),
    lost: Boolean(row.lost),
  } satisfies ClaimedJob
}
