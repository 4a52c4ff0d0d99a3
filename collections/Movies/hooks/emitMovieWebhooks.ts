import type { CollectionAfterChangeHook } from 'payload'
import type { Movie } from '../../../payload-types'
import { emitWebhookEvent } from '@/lib/webhooks/emit'
import { filmIsAvailable } from '@/lib/webhooks/filmAvailability'

/**
 * Records `movie.published` (a film goes public), `movie.updated` (a public film changes) and
 * `movie.available` (it becomes rentable: published with its video ready) in the save's own
 * transaction. A draft saved beside a published film changes nothing public, so it says nothing.
 */
export const emitMovieWebhooks: CollectionAfterChangeHook<Movie> = async ({ doc, previousDoc, req }) => {
  if (doc._status !== 'published') return doc
  const wasPublished = previousDoc?._status === 'published'
  const data = { id: doc.id, slug: doc.slug, updatedAt: doc.updatedAt, available: filmIsAvailable(doc) }
  await emitWebhookEvent(req.payload, req, wasPublished ? 'movie.updated' : 'movie.published', data)
  if (filmIsAvailable(doc) && !(previousDoc && filmIsAvailable(previousDoc)))
    await emitWebhookEvent(req.payload, req, 'movie.available', data)
  return doc
}
