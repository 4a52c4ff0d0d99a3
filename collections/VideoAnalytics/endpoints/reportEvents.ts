import type { Endpoint } from 'payload'
import { z } from 'zod'
import { playbackBatchLimits, playbackEventTypes, sessionIdPattern } from '@/lib/analytics/playbackEvents'
import { recordPlaybackEvents } from '@/lib/analytics/recordPlaybackEvents'
import { publishedMovie } from '@/lib/films/publishedMovie'
import { PublicError } from '@/lib/http/errors'
import { id, parseBody, text } from '@/lib/http/parse'
import { activeRental } from '@/lib/rentals/viewerRentals'
import { countWrite } from '@/lib/rateLimits/countWrite'
import { rateLimits } from '@/lib/rateLimits/limits'
import { viewerFromRequest } from '@/lib/viewer/resolveViewer'
import { documented } from '@/lib/openapi/endpointDoc'

// A player that was offline (or a page kept in the background) may report late, but not by days;
// a clock a little ahead is tolerated.
const maxAgeMs = 24 * 3_600_000
const maxAheadMs = 5 * 60_000

const withinReportWindow = (at: string) => {
  const time = Date.parse(at)
  const now = Date.now()
  return time >= now - maxAgeMs && time <= now + maxAheadMs
}

const batchBody = z.object({
  movie: id,
  sessionId: z.string().regex(sessionIdPattern, 'must be 8 to 64 characters of A-Z, a-z, 0-9, _ and -'),
  events: z
    .array(
      z.object({
        type: z.enum(playbackEventTypes),
        at: z.iso
          .datetime({ offset: true })
          .refine(withinReportWindow, 'must lie within the last 24 hours and at most 5 minutes ahead'),
        positionSeconds: z.number().min(0).max(playbackBatchLimits.maxPositionSeconds),
        value: z.number().min(0).max(playbackBatchLimits.maxValue).optional(),
        detail: text(playbackBatchLimits.maxDetailLength).optional(),
      }),
    )
    .min(1)
    .max(playbackBatchLimits.maxEvents),
})

/**
 * POST /api/video-analytics/events — `{ movie, sessionId, events: [{ type, at, positionSeconds, value?, detail? }] }`:
 * what the player saw during one playback. Only a viewer holding an active rental of the film may
 * report (403 otherwise); the batch is stored whole or not at all; 202 `{ accepted }`.
 */
export const reportEvents: Endpoint = {
  path: '/events',
  method: 'post',
  custom: documented({
    summary: 'Report what the player saw during one playback',
    audience: 'viewers',
    body: batchBody,
    responses: {
      202: { description: 'Stored, whole', schema: z.object({ accepted: z.number().int() }) },
      403: { description: 'The caller holds no active rental of the film' },
      404: { description: 'No such published film' },
      429: { description: 'Too many reports (Retry-After)' },
    },
  }),
  handler: async (req) => {
    const {
      movie: movieId,
      sessionId,
      events,
    } = await parseBody(req, batchBody, { maxBytes: playbackBatchLimits.maxBodyBytes, defaultField: 'events' })
    const viewer = await viewerFromRequest(req)
    // Batches per address here; events per viewer are bounded exactly, by recordPlaybackEvents.
    await countWrite(req, viewer, {
      perAddress: viewer ? rateLimits.analyticsBatchesPerAddress : rateLimits.unidentifiedWritesPerAddress,
    })
    const movie = await publishedMovie(req.payload, movieId, { fields: [] })
    if (!movie) throw new PublicError(404, 'There is no such film.', 'movie')
    if (!viewer || !(await activeRental(req.payload, viewer, movie.id))) {
      throw new PublicError(403, 'Only a viewer renting this film can report its playback.', 'movie')
    }
    const accepted = await recordPlaybackEvents(req.payload, viewer, {
      movieId: movie.id,
      sessionId,
      events: events.map((event) => ({ ...event, at: new Date(event.at) })),
    })
    return Response.json({ accepted }, { status: 202 })
  },
}
