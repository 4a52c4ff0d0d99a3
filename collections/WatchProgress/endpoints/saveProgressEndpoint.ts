import type { Endpoint } from 'payload'
import { z } from 'zod'
import { PublicError } from '@/lib/http/errors'
import { id, parseBody } from '@/lib/http/parse'
import { publishedMovie } from '@/lib/films/publishedMovie'
import { saveProgress } from '@/lib/progress/saveProgress'
import { countWrite } from '@/lib/rateLimits/countWrite'
import { rateLimits } from '@/lib/rateLimits/limits'
import { viewerFromRequest } from '@/lib/viewer/resolveViewer'
import { documented } from '@/lib/openapi/endpointDoc'
import { timestamp } from '../../shared/answerShapes'

export const progressBody = z.object({
  movie: id,
  progressSeconds: z
    .number()
    .min(0)
    .max(24 * 3600),
  durationSeconds: z
    .number()
    .min(1)
    .max(24 * 3600),
  // When the player saw this position; saves can arrive late or out of order.
  observedAt: z.iso.datetime().optional(),
})

const savedProgress = z.object({
  doc: z.object({
    movie: z.number().int(),
    progressSeconds: z.number(),
    durationSeconds: z.number(),
    completed: z.boolean(),
    lastWatchedAt: timestamp,
  }),
})

/**
 * POST /api/watch-progress/save — `{ movie, progressSeconds, durationSeconds, observedAt? }`: the caller's own
 * position in a film, logged in or anonymous. A caller with neither an account nor an identity
 * gets 401 and nothing is written: the player always has one (its rental came with it), and an
 * identity is issued only by a checkout. Rate-limited per address and per viewer (429, Retry-After).
 */
export const saveProgressEndpoint: Endpoint = {
  path: '/save',
  method: 'post',
  custom: documented({
    summary: "Save the caller's position in a film",
    audience: 'viewers',
    body: progressBody,
    responses: {
      200: { description: 'The saved position', schema: savedProgress },
      401: { description: 'Neither an account nor an identity: nothing saved' },
      404: { description: 'No such published film' },
      429: { description: 'Too many saves (Retry-After)' },
    },
  }),
  handler: async (req) => {
    const body = await parseBody(req, progressBody, { defaultField: 'movie' })
    const viewer = await viewerFromRequest(req)
    if (!viewer) {
      await countWrite(req, null, { perAddress: rateLimits.unidentifiedWritesPerAddress })
      throw new PublicError(401, 'Log in, or rent the film in this browser, to save your place in it.')
    }
    await countWrite(req, viewer, {
      perAddress: rateLimits.progressSavesPerAddress,
      perViewer: rateLimits.progressSavesPerViewer,
    })
    const movie = await publishedMovie(req.payload, body.movie, { fields: [] })
    if (!movie) throw new PublicError(404, 'There is no such film.', 'movie')
    const row = await saveProgress(req.payload, viewer, {
      movieId: movie.id,
      progressSeconds: body.progressSeconds,
      durationSeconds: body.durationSeconds,
      observedAt: body.observedAt ? new Date(body.observedAt) : undefined,
    })
    return Response.json({
      doc: {
        movie: movie.id,
        progressSeconds: row.progressSeconds,
        durationSeconds: row.durationSeconds,
        completed: row.completed,
        lastWatchedAt: row.lastWatchedAt,
      },
    })
  },
}
