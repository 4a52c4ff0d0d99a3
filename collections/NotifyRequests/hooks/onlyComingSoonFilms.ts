import type { CollectionBeforeChangeHook } from 'payload'
import { relationId } from '@/lib/database/relationId'
import { isAvailable } from '@/lib/films/availability'
import { publishedMovie } from '@/lib/films/publishedMovie'
import { PublicError } from '@/lib/http/errors'

/**
 * A request names a film the site shows (a draft stays unknown) that cannot be rented yet: for a
 * film already available there is nothing to wait for.
 */
export const onlyComingSoonFilms: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  // Validated as an existing film already; REST may still hand the id over as a string.
  const movieId = Number(relationId(data.movie))
  const movie = Number.isSafeInteger(movieId) && (await publishedMovie(req.payload, movieId, { fields: ['video'] }))
  if (!movie) throw new PublicError(404, 'There is no such film.', 'movie')
  if (isAvailable(movie)) throw new PublicError(409, 'This film is available already: rent it now.', 'movie')
  return data
}
