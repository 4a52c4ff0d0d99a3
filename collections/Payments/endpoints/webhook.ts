import type { Endpoint } from 'payload'
import { errorResponse } from '../../../src/lib/http/errors'
import { ConfirmationRejected } from '../../../src/lib/payments/provider'
import { providerNamed } from '../../../src/lib/payments/providers'
import { confirmPayment } from '../../../src/lib/rentals/confirmPayment'
import { rentalErrorResponse } from '../../../src/lib/rentals/errorResponse'

/**
 * POST /api/payments/webhook/:provider — where payment providers confirm payments. No session:
 * the provider's signature is the only credential, and an unsigned, wrongly signed or stale
 * confirmation changes nothing (401). A repeated confirmation answers 200 and changes nothing.
 */
export const webhook: Endpoint = {
  path: '/webhook/:provider',
  method: 'post',
  handler: async (req) => {
    const provider = providerNamed(String(req.routeParams?.provider ?? ''))
    if (!provider) return errorResponse(404, 'There is no such payment provider.', 'provider')
    const rawBody = (await req.text?.()) ?? ''
    let confirmation
    try {
      confirmation = provider.verifyConfirmation({ rawBody, headers: req.headers })
    } catch (error) {
      if (!(error instanceof ConfirmationRejected)) throw error
      req.payload.logger.warn({ provider: provider.name, reason: error.message }, 'payment confirmation rejected; nothing created')
      return errorResponse(error.status, error.message)
    }
    try {
      const outcome = await confirmPayment(req.payload, provider.name, confirmation)
      return Response.json({ received: true, outcome: outcome.outcome })
    } catch (error) {
      return rentalErrorResponse(error, req.payload.logger)
    }
  },
}
