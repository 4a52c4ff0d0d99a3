import { createHmac } from 'node:crypto'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { playbackEventsPerViewer } from '../rateLimits/limits'
import { TooManyAttempts } from '../rateLimits/rateLimiter'
import { derivedKey } from '../config/derivedKey'
import { sqlFor } from '../database/sqlFor'
import { withTransaction } from '../database/withTransaction'
import type { Viewer } from '../viewer/resolveViewer'
import type { PlaybackEvent } from './playbackEvents'

/**
 * Stands for the viewer in analytics: the same viewer always gets the same key, yet without the
 * server's secret nobody can tell whose it is. An anonymous viewer who later makes an account gets
 * a new key, as their anonymous id is retired.
 */
export function viewerKeyOf(viewer: Viewer): string {
  const owner = viewer.kind === 'user' ? `user:${viewer.user.id}` : `anonymous:${viewer.anonymousId}`
  return createHmac('sha256', derivedKey('video-analytics')).update(owner).digest('base64url')
}

type PlaybackBatch = { movieId: number; sessionId: string; events: (PlaybackEvent & { at: Date })[] }

/**
 * Stores a batch for the viewer, all of it or none. Refuses (429, saying when to retry) a batch that
 * would take the viewer past the rate bound. Batches of one viewer are serialised, so two at once
 * cannot both squeeze under the bound; the count is of rows that arrived, whatever time they claim.
 */
export async function recordPlaybackEvents(payload: Payload, viewer: Viewer, batch: PlaybackBatch): Promise<number> {
  const viewerKey = viewerKeyOf(viewer)
  return withTransaction(payload, {}, async (req) => {
    const db = await sqlFor(payload, req)
    await db.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`video-analytics:${viewerKey}`}, 0))`)
    // createdAt is stamped by this app's clock, so the window is measured by it too.
    const windowStart = new Date(Date.now() - playbackEventsPerViewer.windowMinutes * 60_000).toISOString()
    const { rows } = await db.execute(sql`
      SELECT count(*)::int AS n FROM video_analytics WHERE viewer_key = ${viewerKey} AND created_at > ${windowStart}`)
    const excess = Number(rows[0]!.n) + batch.events.length - playbackEventsPerViewer.events
    if (excess > 0) {
      const seconds = await secondsUntilRoom(db, viewerKey, windowStart, excess)
      throw new TooManyAttempts(
        `Too many playback events. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
        seconds,
      )
    }
    // One multi-row insert: the batch is already validated, and the collection has no hooks to run.
    const values = batch.events.map(
      (event) =>
        sql`(${batch.movieId}, ${batch.sessionId}, ${viewerKey}, ${event.type}, ${event.at.toISOString()},
          ${event.positionSeconds}, ${event.value ?? null}, ${event.detail ?? null})`,
    )
    await db.execute(sql`
      INSERT INTO video_analytics (movie_id, session_id, viewer_key, type, occurred_at, position_seconds, value, detail)
      VALUES ${sql.join(values, sql`, `)}`)
    return batch.events.length
  })
}

/** The window has room for `excess` more once that many of its oldest rows have left it. */
async function secondsUntilRoom(
  db: Awaited<ReturnType<typeof sqlFor>>,
  viewerKey: string,
  windowStart: string,
  excess: number,
): Promise<number> {
  const { rows } = await db.execute(sql`
    SELECT created_at FROM video_analytics WHERE viewer_key = ${viewerKey} AND created_at > ${windowStart}
    ORDER BY created_at OFFSET ${excess - 1} LIMIT 1`)
  const leaves = new Date(rows[0]!.created_at as string).getTime() + playbackEventsPerViewer.windowMinutes * 60_000
  return Math.max(1, Math.ceil((leaves - Date.now()) / 1000))
}
