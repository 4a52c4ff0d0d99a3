import type { Endpoint } from 'payload'
import type { User } from '../../../payload-types'
import { parseBody } from '@/lib/http/parse'
import { importMovieFromTmdb } from '@/lib/tmdb/importMovie'
import { importRequest } from '@/lib/tmdb/importRequest'
import { requireEditor } from '../../access/requireEditor'
import { documented } from '@/lib/openapi/endpointDoc'
import { z } from 'zod'

const importAnswer = z.object({
  doc: z.record(z.string(), z.unknown()).describe('The film, as GET /api/movies/{id} answers it'),
  created: z.boolean(),
  message: z.string(),
})

/**
 * POST /api/movies/import-tmdb — `{ "tmdbId": 12345 }` or `{ "url": "https://www.themoviedb.org/movie/12345-…" }`.
 * 201 with the new film, 200 when it was already imported and has been brought up to date.
 */
export const importFromTmdb: Endpoint = {
  path: '/import-tmdb',
  method: 'post',
  custom: documented({
    summary: 'Import or refresh one film from TMDB',
    audience: 'editors',
    body: importRequest,
    responses: {
      201: { description: 'Imported: the new film', schema: importAnswer },
      200: {
        description: 'Already imported: brought up to date (English and metadata; Lao kept)',
        schema: importAnswer,
      },
    },
  }),
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
