import type { CollectionAfterChangeHook } from 'payload'
import type { Movie } from '../../../payload-types'
import { emitWebhookEvent } from '@/lib/webhooks/emit'
import { becameAvailable, isAvailable } from '@/lib/films/availability'

/**
 * Records `movie.published` (a film goes public), `movie.updated` (a public film changes) and
 * `movie.available` (it becomes rentable: published with its video ready) in the save's own
 * transaction. A draft saved beside a published film changes nothing public, so it says nothing.
 */
export const emitMovieWebhooks: CollectionAfterChangeHook<Movie> = async ({ doc, previousDoc, req }) => {
  if (doc._status !== 'published') return doc
  const wasPublished = previousDoc?._status === 'published'
  const data = { id: doc.id, slug: doc.slug, updatedAt: doc.updatedAt, available: isAvailable(doc) }
  await emitWebhookEvent(req.payload, req, wasPublished ? 'movie.updated' : 'movie.published', data)
  if (becameAvailable(previousDoc, doc)) await emitWebhookEvent(req.payload, req, 'movie.available', data)
  return doc
}
