import type { Endpoint } from 'payload'
import { z } from 'zod'
import { id, parseParams, queryOf } from '@/lib/http/parse'
import { rentalState } from '@/lib/rentals/viewerRentals'
import { viewerFromRequest } from '@/lib/viewer/resolveViewer'

/**
 * GET /api/rentals/status?movie=12 — the caller's own rental of a film: active (with its end),
 * recently expired, or none. What the film page shows beside "Rent"; never cached.
 */
export const rentalStatus: Endpoint = {
  path: '/status',
  method: 'get',
  handler: async (req) => {
    const query = parseParams(z.object({ movie: id }), queryOf(req.searchParams))
    const state = await rentalState(req.payload, await viewerFromRequest(req), query.movie)
    return Response.json(state, { headers: { 'Cache-Control': 'private, no-store' } })
  },
}
