import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'
import { sqlFor } from '../database/sqlFor'
import type { Viewer } from '../viewer/resolveViewer'

/**
 * Serialises, until the transaction ends, everything that decides whether this viewer may hold a
 * rental of this film: two checkouts, or two confirmations, for the same viewer and film never
 * decide at once. "Active" depends on the clock, so no unique index could say it.
 */
export async function lockViewerFilm(
  payload: Payload,
  req: PayloadRequest,
  viewer: Viewer,
  movieId: number,
): Promise<void> {
  const owner = viewer.kind === 'user' ? `user:${viewer.user.id}` : `anonymous:${viewer.anonymousId}`
  const db = await sqlFor(payload, req)
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`${owner}|movie:${movieId}`}, 0))`)
}
