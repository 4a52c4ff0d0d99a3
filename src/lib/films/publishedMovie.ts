import type { Payload } from 'payload'
import type { Movie } from '../../../payload-types'
import type { Locale } from '@/i18n/locales'

type Options = { locale?: Locale }

/**
 * A published film by id, for server code acting for a viewer (renting, saving progress, streaming);
 * null for drafts and unknown ids. `fields` names the only fields to load, so hot paths (a progress
 * save, a segment request) skip the film's cast, crew and texts.
 */
export async function publishedMovie(payload: Payload, id: number, options?: Options): Promise<Movie | null>
export async function publishedMovie<K extends keyof Movie>(
  payload: Payload,
  id: number,
  options: Options & { fields: K[] },
): Promise<Pick<Movie, 'id' | K> | null>
export async function publishedMovie(
  payload: Payload,
  id: number,
  options: Options & { fields?: (keyof Movie)[] } = {},
) {
  const select = options.fields && Object.fromEntries([...options.fields, '_status'].map((field) => [field, true]))
  const movie = await payload.findByID({
    collection: 'movies',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    locale: options.locale,
    ...(select && { select }),
  })
  return movie && movie._status === 'published' ? movie : null
}
