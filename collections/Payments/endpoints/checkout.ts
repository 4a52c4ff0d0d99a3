import type { Endpoint } from 'payload'
import { z } from 'zod'
import { locales } from '@/i18n/locales'
import { formatLak } from '@/lib/format'
import { id, parseBody, text } from '@/lib/http/parse'
import { publicOrigin } from '@/lib/http/origin'
import { qrImage } from '@/lib/payments/qrImage'
import { startCheckout, type CheckoutAnswer } from '@/lib/rentals/checkout'
import { countWrite } from '@/lib/rateLimits/countWrite'
import { rateLimits } from '@/lib/rateLimits/limits'
import { viewerOrNewIdentity } from '@/lib/viewer/resolveViewer'

// Anything else in the body (a price, an owner) is dropped: the server decides both.
export const checkoutBody = z.object({
  movie: id,
  promoCode: text(40)
    .trim()
    .optional()
    .transform((code) => code || undefined),
  locale: z.enum(locales).default('en'),
})

/**
 * POST /api/payments/checkout — `{ "movie": 12, "promoCode"?: "PIMAI", "locale"?: "lo" }`.
 * Open to everyone: a viewer without an account gets an anonymous identity cookie with the answer.
 * Rate-limited per address (callers not logged in) and per viewer: 429 with Retry-After.
 * 201 with the payment and where to pay (or, for a free promo code, the rental itself).
 */
export const checkout: Endpoint = {
  path: '/checkout',
  method: 'post',
  handler: async (req) => {
    const body = await parseBody(req, checkoutBody, { defaultField: 'movie' })
    await countWrite(req, null, { perAddress: rateLimits.checkoutsPerAddress })
    const { viewer, setCookie } = await viewerOrNewIdentity(req)
    // A viewer's first checkout, the one that issues its identity, counts too.
    await countWrite(req, viewer, { perViewer: rateLimits.checkoutsPerViewer })
    const result = await startCheckout(req.payload, {
      viewer,
      movieId: body.movie,
      promoCode: body.promoCode,
      locale: body.locale,
      origin: publicOrigin(req),
    })
    const checkout = result.checkout && { ...result.checkout, qrImage: await qrImage(result.checkout.qrData) }
    // Formatted here: browsers differ in the Lao number formats they carry, the server does not.
    const payment = { ...result.payment, amountText: formatLak(result.payment.amountLak, body.locale) }
    const answer: CheckoutAnswer = { ...result, payment, checkout }
    return Response.json(answer, { status: 201, headers: setCookie ? { 'Set-Cookie': setCookie } : {} })
  },
}
