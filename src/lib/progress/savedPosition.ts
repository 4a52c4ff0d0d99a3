import type { Payload } from 'payload'
import { ownedBy, type Viewer } from '../viewer/resolveViewer'
import { worthResuming, type ObservedPosition } from './resumePoint'

/** Where the viewer stopped in a film, if resuming there makes sense (not at the start, not finished). */
export async function savedPosition(
  payload: Payload,
  viewer: Viewer | null,
  movieId: number,
): Promise<ObservedPosition | null> {
  if (!viewer) return null
  const { docs } = await payload.find({
    collection: 'watch-progress',
    where: { and: [ownedBy(viewer), { movie: { equals: movieId } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { progressSeconds: true, durationSeconds: true, completed: true, lastWatchedAt: true },
  })
  const row = docs[0]
  if (!row?.lastWatchedAt || row.completed || !worthResuming(row.progressSeconds, row.durationSeconds)) return null
  return { seconds: row.progressSeconds, observedAt: row.lastWatchedAt }
}
