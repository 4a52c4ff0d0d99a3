import type { Payload } from 'payload'
import type { WatchProgress } from '../../../payload-types'
import { withTransaction } from '../database/withTransaction'
import { lockViewerFilm } from '../rentals/ownerLock'
import { ownedBy, ownerOf, type Viewer } from '../viewer/resolveViewer'

/** `observedAt`: when the player saw this position; a save observed before the stored one is stale. */
type ProgressInput = { movieId: number; progressSeconds: number; durationSeconds: number; observedAt?: Date }

/**
 * Records where the viewer is in a film: one row per viewer and film, created on the first save.
 * Saves for the same viewer and film are serialised, so concurrent saves never make two rows. A
 * save observed before the stored position was is late and changes nothing; a newer one always
 * wins, even when it goes backwards (the viewer rewound).
 */
export async function saveProgress(payload: Payload, viewer: Viewer, input: ProgressInput): Promise<WatchProgress> {
  return withTransaction(payload, {}, async (req) => {
    await lockViewerFilm(payload, req, viewer, input.movieId)
    const { docs } = await payload.find({
      collection: 'watch-progress',
      where: { and: [ownedBy(viewer), { movie: { equals: input.movieId } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const observedAt = new Date(Math.min(Date.now(), (input.observedAt ?? new Date()).getTime()))
    const stored = docs[0]
    if (stored?.lastWatchedAt && new Date(stored.lastWatchedAt) > observedAt) return stored
    const data = { progressSeconds: input.progressSeconds, durationSeconds: input.durationSeconds }
    const context = { observedAt: observedAt.toISOString() }
    if (stored)
      return payload.update({
        collection: 'watch-progress',
        id: stored.id,
        data,
        overrideAccess: true,
        req,
        depth: 0,
        context,
      })
    return payload.create({
      collection: 'watch-progress',
      data: { ...ownerOf(viewer), movie: input.movieId, ...data },
      overrideAccess: true,
      req,
      depth: 0,
      context,
    })
  })
}
