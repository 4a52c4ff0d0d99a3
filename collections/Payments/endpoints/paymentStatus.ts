import type { Endpoint } from 'payload'
import { z } from 'zod'
import { PublicError } from '@/lib/http/errors'
import { id, parseParams } from '@/lib/http/parse'
import { paymentStatusFor } from '@/lib/rentals/paymentStatus'
import { viewerFromRequest } from '@/lib/viewer/resolveViewer'
import { documented } from '@/lib/openapi/endpointDoc'
import { rentalSummary } from '../../shared/answerShapes'

const paymentStatusAnswer = z.object({
  id: z.number().int(),
  status: z.string(),
  amountLak: z.number(),
  rental: rentalSummary.nullable(),
})

/**
 * GET /api/payments/:id/status — what the payment dialog polls. Only the payment's own viewer gets
 * an answer; for anyone else the payment does not exist (404).
 */
export const paymentStatus: Endpoint = {
  path: '/:id/status',
  method: 'get',
  custom: documented({
    summary: "The caller's own payment and, once paid, its rental",
    audience: 'viewers',
    params: z.object({ id }),
    responses: {
      200: { description: 'The payment', schema: paymentStatusAnswer },
      404: { description: "No such payment of the caller's" },
    },
  }),
  handler: async (req) => {
    const params = parseParams(z.object({ id }), { id: req.routeParams?.id })
    const viewer = await viewerFromRequest(req)
    const status = viewer && (await paymentStatusFor(req.payload, viewer, params.id))
    if (!status) throw new PublicError(404, 'There is no such payment.', 'id')
    const answer: z.input<typeof paymentStatusAnswer> = status
    return Response.json(answer, { headers: { 'Cache-Control': 'no-store' } })
  },
}
