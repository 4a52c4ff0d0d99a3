import type { Payload } from 'payload'
import { ownedBy, type Viewer } from '../viewer/resolveViewer'

/** Closer than this to either end, there is nothing worth resuming. */
const resumeMarginSeconds = 5

/** Where the viewer stopped in a film, if resuming there makes sense (not at the start, not finished). */
export async function savedPosition(payload: Payload, viewer: Viewer | null, movieId: number): Promise<number | null> {
  if (!viewer) return null
  const { docs } = await payload.find({
    collection: 'watch-progress',
    where: { and: [ownedBy(viewer), { movie: { equals: movieId } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { progressSeconds: true, durationSeconds: true, completed: true },
  })
  const row = docs[0]
  if (!row || row.completed) return null
  const { progressSeconds, durationSeconds } = row
  return progressSeconds >= resumeMarginSeconds && progressSeconds <= durationSeconds - resumeMarginSeconds ? progressSeconds : null
}
