import type { Endpoint } from 'payload'
import { z } from 'zod'
import { isAdmin } from '../../access/roles'
import { PublicError } from '@/lib/http/errors'
import { id, parseParams } from '@/lib/http/parse'
import { documented } from '@/lib/openapi/endpointDoc'
import { sendDeliveryAgain } from '@/lib/webhooks/sendAgain'

/** The path parameters of POST /api/webhook-deliveries/:id/send-again (described in the OpenAPI document). */
export const sendAgainParams = z.object({ id })

export type SendAgainAnswer = { doc: { id: number; status: string }; message: string }

/**
 * POST /api/webhook-deliveries/:id/send-again — admins only. Sends a delivery once more, at once,
 * with a fresh retry schedule, whatever its status; 409 when its endpoint is disabled.
 */
export const sendAgain: Endpoint = {
  path: '/:id/send-again',
  method: 'post',
  custom: documented({
    summary: 'Send a webhook delivery once more, at once, with a fresh retry schedule (admins)',
    params: sendAgainParams,
    responses: {
      202: {
        description: 'Queued to be sent again',
        schema: z.object({ doc: z.object({ id: z.number(), status: z.string() }), message: z.string() }),
      },
      404: { description: 'No such delivery' },
      409: { description: 'Its endpoint is disabled' },
    },
  }),
  handler: async (req) => {
    if (!isAdmin(req.user)) throw new PublicError(req.user ? 403 : 401, 'Only admins may send a webhook again.')
    const { id: deliveryId } = parseParams(sendAgainParams, req.routeParams ?? {})
    const status = await sendDeliveryAgain(req.payload, deliveryId)
    const answer: SendAgainAnswer = { doc: { id: deliveryId, status }, message: 'Queued to be sent again.' }
    return Response.json(answer, { status: 202 })
  },
}
