import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'
import { errorResponse } from '@/lib/http/errorResponse'
import { id, parseParams, text } from '@/lib/http/parse'
import {
  masterPlaylist,
  segment,
  subtitleTrack,
  thumbnailFile,
  variantPlaylist,
  type StreamAnswer,
} from '@/lib/streaming/streams'
import { trailerFile } from '@/lib/streaming/trailers'
import { viewerFromRequest } from '@/lib/viewer/resolveViewer'
import { documented } from '@/lib/openapi/endpointDoc'

const refusals = {
  'rental-required': 'Rent this film to watch it.',
  'rental-ended': 'Your rental of this film has ended.',
  'signature-invalid': 'This stream link is not valid.',
  'signature-expired': 'This stream link has expired.',
  'no-video': 'This film has no video yet.',
  'not-found': 'Not found.',
} as const

/** How a rented stream's files are refused, as the API's description says it. */
const rentalRefusals = {
  401: { description: 'The signed link is not valid or has expired' },
  403: { description: 'No active rental of the film' },
  404: { description: 'No such film, or it has no video yet' },
}

/** GET /api/movies/:id/stream — the film's HLS master playlist, for a viewer holding a rental. */
export const streamMaster: Endpoint = {
  path: '/:id/stream',
  method: 'get',
  custom: documented({
    summary: "The film's HLS master playlist",
    audience: 'viewers',
    params: z.object({ id }),
    responses: {
      200: {
        description: 'The master playlist, with signed variant URLs',
        contentType: 'application/vnd.apple.mpegurl',
      },
      ...rentalRefusals,
    },
  }),
  handler: async (req) => answer(await masterPlaylist(await context(req))),
}

/** GET /api/movies/:id/stream/:variant — a variant playlist (signed URL from the master playlist). */
export const streamVariant: Endpoint = {
  path: '/:id/stream/:variant',
  method: 'get',
  custom: documented({
    summary: 'One variant playlist (a signed URL from the master playlist)',
    audience: 'viewers',
    params: z.object({ id }).extend({ variant: text(100) }),
    responses: {
      200: {
        description: 'The variant playlist, with signed segment URLs',
        contentType: 'application/vnd.apple.mpegurl',
      },
      ...rentalRefusals,
    },
  }),
  handler: async (req) =>
    answer(await variantPlaylist({ ...(await context(req)), variant: param(req, 'variant'), query: req.searchParams })),
}

/** GET /api/movies/:id/stream/:variant/:file — a segment (signed URL from a variant playlist). */
export const streamSegment: Endpoint = {
  path: '/:id/stream/:variant/:file',
  method: 'get',
  custom: documented({
    summary: 'One video segment (a signed URL from a variant playlist)',
    audience: 'viewers',
    params: z.object({ id }).extend({ variant: text(100), file: text(100) }),
    responses: {
      200: { description: 'The segment', contentType: 'video/mp2t' },
      302: { description: 'In production: a redirect to a signed URL in the video bucket' },
      ...rentalRefusals,
    },
  }),
  handler: async (req) =>
    answer(
      await segment({
        ...(await context(req)),
        variant: param(req, 'variant'),
        file: param(req, 'file'),
        query: req.searchParams,
        headers: req.headers,
      }),
    ),
}

/** GET /api/movies/:id/subtitles/:language — a subtitle track as WebVTT, for a viewer holding a rental. */
export const streamSubtitles: Endpoint = {
  path: '/:id/subtitles/:language',
  method: 'get',
  custom: documented({
    summary: 'A subtitle track as WebVTT',
    audience: 'viewers',
    params: z.object({ id }).extend({ language: text(100) }),
    responses: {
      200: { description: 'The track', contentType: 'text/vtt' },
      ...rentalRefusals,
    },
  }),
  handler: async (req) => answer(await subtitleTrack({ ...(await context(req)), language: param(req, 'language') })),
}

/** GET /api/movies/:id/thumbnails/:file — the seek-preview track and sprite, for a viewer holding a rental. */
export const streamThumbnails: Endpoint = {
  path: '/:id/thumbnails/:file',
  method: 'get',
  custom: documented({
    summary: "The film's seek-preview thumbnails: a WebVTT track and the sprite it points into",
    audience: 'viewers',
    params: z.object({ id, file: text(100) }),
    responses: {
      200: { description: 'The WebVTT track (text/vtt) or the sprite (image/jpeg)', contentType: 'text/vtt' },
      403: { description: 'No active rental of the film' },
      404: { description: 'No such film, or it has no thumbnails' },
    },
  }),
  handler: async (req) =>
    answer(await thumbnailFile({ ...(await context(req)), file: param(req, 'file'), headers: req.headers })),
}

/** GET /api/movies/:id/trailer/master.m3u8 — a published film's trailer, for anyone (no rental, no signature). */
export const trailerMaster: Endpoint = {
  path: '/:id/trailer/:file',
  method: 'get',
  custom: documented({
    summary: "A published film's trailer: its HLS master playlist (for anyone, no rental)",
    audience: 'anyone',
    params: z.object({ id, file: text(100) }),
    responses: {
      200: { description: 'The master playlist', contentType: 'application/vnd.apple.mpegurl' },
      404: { description: 'No such published film, or it has no trailer' },
    },
  }),
  handler: async (req) => trailer(req, [param(req, 'file')]),
}

/** GET /api/movies/:id/trailer/:variant/:file — the trailer's variant playlists and segments. */
export const trailerVariantFile: Endpoint = {
  path: '/:id/trailer/:variant/:file',
  method: 'get',
  custom: documented({
    summary: "A published film's trailer: a variant playlist or segment (for anyone, no rental)",
    audience: 'anyone',
    params: z.object({ id, variant: text(100), file: text(100) }),
    responses: {
      200: { description: 'A variant playlist or an MPEG-TS segment', contentType: 'application/vnd.apple.mpegurl' },
      404: { description: 'No such published film, trailer or file' },
    },
  }),
  handler: async (req) => trailer(req, [param(req, 'variant'), param(req, 'file')]),
}

async function trailer(req: PayloadRequest, parts: string[]) {
  const { id: movieId } = parseParams(z.object({ id }), { id: req.routeParams?.id })
  return trailerFile({ payload: req.payload, movieId, parts, headers: req.headers })
}

async function context(req: PayloadRequest) {
  const { id: movieId } = parseParams(z.object({ id }), { id: req.routeParams?.id })
  return { payload: req.payload, viewer: await viewerFromRequest(req), movieId }
}

// Variants, segment names and languages are short; anything else is not ours and is refused early.
const param = (req: PayloadRequest, name: string): string =>
  parseParams(z.object({ [name]: text(100) }), { [name]: req.routeParams?.[name] ?? '' })[name] as string

function answer(result: StreamAnswer): Response {
  if ('response' in result) return result.response
  if ('body' in result) {
    return new Response(result.body, {
      headers: {
        'Content-Type': result.contentType ?? 'application/vnd.apple.mpegurl',
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    })
  }
  return errorResponse(result.status, refusals[result.reason], undefined, { extra: { reason: result.reason } })
}
