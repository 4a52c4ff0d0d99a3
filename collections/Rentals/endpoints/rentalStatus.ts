import type { Endpoint } from 'payload'
import { z } from 'zod'
import { id, parseParams, queryOf } from '@/lib/http/parse'
import { rentalState } from '@/lib/rentals/viewerRentals'
import { viewerFromRequest } from '@/lib/viewer/resolveViewer'
import { documented } from '@/lib/openapi/endpointDoc'
import { timestamp } from '../../shared/answerShapes'

const statusQuery = z.object({ movie: id })

const rentalStateAnswer = z.discriminatedUnion('state', [
  z.object({ state: z.literal('active'), expiresAt: timestamp }),
  z.object({ state: z.literal('expired'), expiresAt: timestamp }),
  z.object({ state: z.literal('none') }),
])

/**
 * GET /api/rentals/status?movie=12 — the caller's own rental of a film: active (with its end),
 * recently expired, or none. What the film page shows beside "Rent"; never cached.
 */
export const rentalStatus: Endpoint = {
  path: '/status',
  method: 'get',
  custom: documented({
    summary: "The caller's own rental of a film",
    audience: 'viewers',
    query: statusQuery,
    responses: { 200: { description: 'Active (with its end), recently expired, or none', schema: rentalStateAnswer } },
  }),
  handler: async (req) => {
    const query = parseParams(statusQuery, queryOf(req.searchParams))
    const state: z.input<typeof rentalStateAnswer> = await rentalState(
      req.payload,
      await viewerFromRequest(req),
      query.movie,
    )
    return Response.json(state, { headers: { 'Cache-Control': 'private, no-store' } })
  },
}
