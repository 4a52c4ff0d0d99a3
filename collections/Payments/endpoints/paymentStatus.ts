import type { Endpoint } from 'payload'
import { errorResponse } from '../../../src/lib/http/errors'
import { paymentStatusFor } from '../../../src/lib/rentals/paymentStatus'
import { rentalErrorResponse } from '../../../src/lib/rentals/errorResponse'
import { viewerFromRequest } from '../../../src/lib/viewer/resolveViewer'

/**
 * GET /api/payments/:id/status — what the payment dialog polls. Only the payment's own viewer gets
 * an answer; for anyone else the payment does not exist (404).
 */
export const paymentStatus: Endpoint = {
  path: '/:id/status',
  method: 'get',
  handler: async (req) => {
    const id = Number(req.routeParams?.id)
    const viewer = await viewerFromRequest(req)
    if (!Number.isInteger(id) || id <= 0 || !viewer) return errorResponse(404, 'There is no such payment.', 'id')
    try {
      const status = await paymentStatusFor(req.payload, viewer, id)
      return status ? Response.json(status, { headers: { 'Cache-Control': 'no-store' } }) : errorResponse(404, 'There is no such payment.', 'id')
    } catch (error) {
      return rentalErrorResponse(error, req.payload.logger)
    }
  },
}
