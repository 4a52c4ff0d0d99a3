import type { Endpoint } from 'payload'
import type { User } from '../../../payload-types'
import { parseBody } from '@/lib/http/parse'
import { importMovieFromTmdb } from '@/lib/tmdb/importMovie'
import { importRequest } from '@/lib/tmdb/importRequest'
import { requireEditor } from '../../access/requireEditor'

/**
 * POST /api/movies/import-tmdb — `{ "tmdbId": 12345 }` or `{ "url": "https://www.themoviedb.org/movie/12345-…" }`.
 * 201 with the new film, 200 when it was already imported and has been brought up to date.
 */
export const importFromTmdb: Endpoint = {
  path: '/import-tmdb',
  method: 'post',
  handler: async (req) => {
    requireEditor(req, 'import from TMDB')
    const { tmdbId } = await parseBody(req, importRequest, { defaultField: 'tmdbId' })
    const outcome = await importMovieFromTmdb(req.payload, tmdbId, { user: req.user as User })
    return Response.json(
      {
        doc: outcome.movie,
        created: outcome.created,
        message: outcome.created
          ? `Imported "${outcome.movie.title}" from TMDB.`
          : `Updated "${outcome.movie.title}" from TMDB.`,
      },
      { status: outcome.created ? 201 : 200 },
    )
  },
}
