import type { Endpoint } from 'payload'
import { z } from 'zod'
import { PublicError } from '@/lib/http/errors'
import { parseParams, text } from '@/lib/http/parse'
import { ConfirmationRejected } from '@/lib/payments/provider'
import { providerNamed } from '@/lib/payments/providers'
import { confirmPayment } from '@/lib/rentals/confirmPayment'
import { documented } from '@/lib/openapi/endpointDoc'

/** What a provider may send us; confirmations are a few hundred bytes. */
const maxConfirmationBytes = 16 * 1024

/**
 * POST /api/payments/webhook/:provider — where payment providers confirm payments. No session:
 * the provider's signature is the only credential, and an unsigned, wrongly signed or stale
 * confirmation changes nothing (401). A repeated confirmation answers 200 and changes nothing.
 */
export const webhook: Endpoint = {
  path: '/webhook/:provider',
  method: 'post',
  custom: documented({
    summary: "A payment provider's signed confirmation",
    description: "The body is the provider's own format; the provider's signature is the only credential.",
    audience: 'payment providers',
    params: z.object({ provider: text(40) }),
    body: z.record(z.string(), z.unknown()),
    responses: {
      200: {
        description: 'Received (a repeated confirmation changes nothing)',
        schema: z.object({ received: z.literal(true), outcome: z.string() }),
      },
      401: { description: 'Unsigned, wrongly signed or stale: nothing changed' },
      404: { description: 'No such provider' },
    },
  }),
  handler: async (req) => {
    const params = parseParams(z.object({ provider: text(40) }), { provider: req.routeParams?.provider })
    const provider = providerNamed(params.provider)
    if (!provider) throw new PublicError(404, 'There is no such payment provider.', 'provider')
    if (Number(req.headers.get('content-length') ?? 0) > maxConfirmationBytes)
      throw new PublicError(413, `A confirmation may be at most ${maxConfirmationBytes} bytes.`)
    const rawBody = (await req.text?.()) ?? ''
    try {
      const confirmation = provider.verifyConfirmation({ rawBody, headers: req.headers })
      const outcome = await confirmPayment(req.payload, provider.name, confirmation)
      return Response.json({ received: true, outcome: outcome.outcome })
    } catch (error) {
      if (error instanceof ConfirmationRejected)
        req.payload.logger.warn(
          { provider: provider.name, reason: error.message },
          'payment confirmation rejected; nothing created',
        )
      throw error
    }
  },
}
