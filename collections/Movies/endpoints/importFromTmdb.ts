import type { Endpoint } from 'payload'
import type { User } from '../../../payload-types'
import { errorResponse, jsonBody } from '../../../src/lib/http/errors'
import { TmdbError } from '../../../src/lib/tmdb/client'
import { importMovieFromTmdb, ImportConflict } from '../../../src/lib/tmdb/importMovie'
import { parseImportRequest } from '../../../src/lib/tmdb/importRequest'
import { requireEditor } from '../../access/requireEditor'

/**
 * POST /api/movies/import-tmdb — `{ "tmdbId": 12345 }` or `{ "url": "https://www.themoviedb.org/movie/12345-…" }`.
 * 201 with the new film, 200 when it was already imported and has been brought up to date.
 */
export const importFromTmdb: Endpoint = {
  path: '/import-tmdb',
  method: 'post',
  handler: async (req) => {
    const refused = requireEditor(req, 'import from TMDB')
    if (refused) return refused
    const parsed = parseImportRequest(await jsonBody(req))
    if ('error' in parsed) return errorResponse(400, parsed.error.message, parsed.error.field)
    try {
      const outcome = await importMovieFromTmdb(req.payload, parsed.tmdbId, { user: req.user as User })
      return Response.json(
        {
          doc: outcome.movie,
          created: outcome.created,
          message: outcome.created ? `Imported "${outcome.movie.title}" from TMDB.` : `Updated "${outcome.movie.title}" from TMDB.`,
        },
        { status: outcome.created ? 201 : 200 },
      )
    } catch (error) {
      return importErrorResponse(error, req.payload.logger)
    }
  },
}

export function importErrorResponse(error: unknown, logger: { error: (obj: unknown, msg?: string) => void }): Response {
  if (error instanceof TmdbError) return errorResponse(error.status, error.message)
  if (error instanceof ImportConflict) return errorResponse(error.status, error.message)
  logger.error({ err: error }, 'TMDB import failed')
  return errorResponse(500, 'The import failed on our side; nothing was saved.')
}
