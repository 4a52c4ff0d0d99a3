import type { Payload } from 'payload'
import type { WatchProgress } from '../../../payload-types'
import { withTransaction } from '../database/withTransaction'
import { lockViewerFilm } from '../rentals/ownerLock'
import { ownedBy, ownerOf, type Viewer } from '../viewer/resolveViewer'

export type ProgressInput = { movieId: number; progressSeconds: number; durationSeconds: number }

/**
 * Records where the viewer is in a film: one row per viewer and film, created on the first save.
 * Saves for the same viewer and film are serialised, so concurrent saves never make two rows.
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
    const data = { progressSeconds: input.progressSeconds, durationSeconds: input.durationSeconds }
    if (docs[0]) return payload.update({ collection: 'watch-progress', id: docs[0].id, data, overrideAccess: true, req, depth: 0 })
    return payload.create({ collection: 'watch-progress', data: { ...ownerOf(viewer), movie: input.movieId, ...data }, overrideAccess: true, req, depth: 0 })
  })
}
