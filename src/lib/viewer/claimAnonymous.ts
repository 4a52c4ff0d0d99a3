import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'
import { sqlFor } from '../database/sqlFor'
import { withTransaction } from '../database/withTransaction'
import { retire } from './retiredIdentities'

export type ClaimResult = { claimed: false } | { claimed: true; rentals: number; payments: number; progress: number }

/**
 * Moves everything an anonymous identity owns to an account, in one transaction, and retires the
 * identity so it can never be claimed (or used) again. Called with the id from the request's own
 * signed cookie, never with one from a body or header. Rentals and payments all move; of two
 * progress rows for the same film, the one watched most recently wins.
 */
export async function claimAnonymous(
  payload: Payload,
  anonymousId: string,
  userId: number,
  within?: PayloadRequest,
): Promise<ClaimResult> {
  // Inside the log-in's own transaction when there is one: it holds the user's row, which the
  // moved rows' foreign keys must lock too, so a transaction of our own would wait on it forever.
  if (within?.transactionID) return claim(payload, within, anonymousId, userId)
  return withTransaction(payload, {}, (req) => claim(payload, req, anonymousId, userId))
}

async function claim(payload: Payload, req: PayloadRequest, anonymousId: string, userId: number): Promise<ClaimResult> {
  if (!(await retire(payload, req, anonymousId, userId))) return { claimed: false }
  const db = await sqlFor(payload, req)
  const rentals = await db.execute(
    sql`UPDATE rentals SET user_id = ${userId}, anonymous_id = NULL, updated_at = now()
      WHERE anonymous_id = ${anonymousId} RETURNING id`,
  )
  const payments = await db.execute(
    sql`UPDATE payments SET user_id = ${userId}, anonymous_id = NULL, updated_at = now()
      WHERE anonymous_id = ${anonymousId} RETURNING id`,
  )
  // The account's own row for a film survives when it was watched more recently; otherwise the
  // anonymous row's position replaces it. Then the anonymous rows that remain move over.
  await db.execute(sql`
    UPDATE watch_progress mine SET
      progress_seconds = anon.progress_seconds, duration_seconds = anon.duration_seconds,
      completed = anon.completed, last_watched_at = anon.last_watched_at, updated_at = now()
    FROM watch_progress anon
    WHERE anon.anonymous_id = ${anonymousId} AND mine.user_id = ${userId} AND mine.movie_id = anon.movie_id
      AND coalesce(anon.last_watched_at, anon.updated_at) > coalesce(mine.last_watched_at, mine.updated_at)`)
  await db.execute(sql`
    DELETE FROM watch_progress anon USING watch_progress mine
    WHERE anon.anonymous_id = ${anonymousId} AND mine.user_id = ${userId} AND mine.movie_id = anon.movie_id`)
  const progress = await db.execute(sql`
    UPDATE watch_progress SET user_id = ${userId}, anonymous_id = NULL, updated_at = now()
    WHERE anonymous_id = ${anonymousId} RETURNING id`)
  return { claimed: true, rentals: rentals.rows.length, payments: payments.rows.length, progress: progress.rows.length }
}
