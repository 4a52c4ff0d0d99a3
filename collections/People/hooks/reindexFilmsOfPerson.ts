import type { CollectionAfterChangeHook } from 'payload'
import { reindexMoviesOf } from '@/lib/search/movieSearch'

/** A renamed person is found under the new name in the films they are in. */
export const reindexFilmsOfPerson: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation === 'update' && doc.name !== previousDoc?.name) await reindexMoviesOf(req.payload, doc.id, req)
  return doc
}
