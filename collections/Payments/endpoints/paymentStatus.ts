import type { Endpoint } from 'payload'
import { z } from 'zod'
import { PublicError } from '@/lib/http/errors'
import { id, parseParams } from '@/lib/http/parse'
import { paymentStatusFor } from '@/lib/rentals/paymentStatus'
import { viewerFromRequest } from '@/lib/viewer/resolveViewer'

/**
 * GET /api/payments/:id/status — what the payment dialog polls. Only the payment's own viewer gets
 * an answer; for anyone else the payment does not exist (404).
 */
export const paymentStatus: Endpoint = {
  path: '/:id/status',
  method: 'get',
  handler: async (req) => {
    const params = parseParams(z.object({ id }), { id: req.routeParams?.id })
    const viewer = await viewerFromRequest(req)
    const status = viewer && (await paymentStatusFor(req.payload, viewer, params.id))
    if (!status) throw new PublicError(404, 'There is no such payment.', 'id')
    return Response.json(status, { headers: { 'Cache-Control': 'no-store' } })
  },
}
