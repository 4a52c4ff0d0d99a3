import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { indexMovie, removeMovieFromIndex } from '@/lib/search/movieSearch'

/** The search index follows the published film, in the same transaction as the save. */
export const indexMovieForSearch: CollectionAfterChangeHook = async ({ doc, req }) => {
  await indexMovie(req.payload, doc.id, req)
  return doc
}

export const removeMovieFromSearch: CollectionAfterDeleteHook = async ({ id, req }) => {
  await removeMovieFromIndex(req.payload, Number(id), req)
}
