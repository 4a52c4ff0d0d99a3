import type { PayloadRequest, Where } from 'payload'
import type { Config } from '../../../payload-types'
import { locales, type Locale } from '@/i18n/locales'
import { ownedBy, viewerFromRequest } from './resolveViewer'

type Query<S extends 'rentals' | 'watch-progress'> = {
  collection: S
  where: Where[]
  sort: string
  limit: number
  select: Config['collectionsSelect'][S]
}

/** What GET /api/rentals/mine and /api/watch-progress/mine answer (each row's `movie` populated). */
export type OwnRowsAnswer<S extends 'rentals' | 'watch-progress'> = { docs: Config['collections'][S][] }

/**
 * The caller's own rows of a collection, each with its film's title, slug and poster, in the
 * `?locale=` asked for: the home page's own rows. Logged in or anonymous alike; a caller with no
 * identity simply has none (no 403 for every first-time visitor). Never cached.
 */
export async function ownRowsWithFilms<S extends 'rentals' | 'watch-progress'>(
  req: PayloadRequest,
  query: Query<S>,
): Promise<Response> {
  const headers = { 'Cache-Control': 'private, no-store' }
  const viewer = await viewerFromRequest(req)
  if (!viewer) return Response.json({ docs: [] } satisfies OwnRowsAnswer<S>, { headers })
  const asked = req.searchParams.get('locale')
  const locale: Locale = locales.includes(asked as Locale) ? (asked as Locale) : 'en'
  const { docs } = await req.payload.find({
    collection: query.collection,
    where: { and: [ownedBy(viewer), ...query.where] },
    sort: query.sort,
    limit: query.limit,
    depth: 2,
    locale,
    overrideAccess: true,
    populate: { movies: { title: true, slug: true, poster: true } },
    select: query.select,
  })
  return Response.json({ docs } satisfies OwnRowsAnswer<S>, { headers })
}
