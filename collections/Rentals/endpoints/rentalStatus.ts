import type { Endpoint } from 'payload'
import { errorResponse } from '../../../src/lib/http/errors'
import { rentalState } from '../../../src/lib/rentals/viewerRentals'
import { viewerFromRequest } from '../../../src/lib/viewer/resolveViewer'

/**
 * GET /api/rentals/status?movie=12 — the caller's own rental of a film: active (with its end),
 * recently expired, or none. What the film page shows beside "Rent"; never cached.
 */
export const rentalStatus: Endpoint = {
  path: '/status',
  method: 'get',
  handler: async (req) => {
    const movieId = Number(req.searchParams.get('movie'))
    if (!Number.isInteger(movieId) || movieId <= 0) return errorResponse(400, 'movie: give the film’s id.', 'movie')
    const state = await rentalState(req.payload, await viewerFromRequest(req), movieId)
    return Response.json(state, { headers: { 'Cache-Control': 'private, no-store' } })
  },
}
