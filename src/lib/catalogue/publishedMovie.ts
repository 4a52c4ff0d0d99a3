import type { Payload } from 'payload'
import type { Movie } from '../../../payload-types'
import type { Locale } from '../../i18n/locales'

/** A published film by id, for server code acting for a viewer (renting, saving progress); null for drafts and unknown ids. */
export async function publishedMovie(payload: Payload, id: number, locale?: Locale): Promise<Movie | null> {
  const movie = await payload.findByID({ collection: 'movies', id, depth: 0, overrideAccess: true, disableErrors: true, locale })
  return movie && movie._status === 'published' ? movie : null
}
