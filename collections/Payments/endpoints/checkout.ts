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
import { documented } from '@/lib/openapi/endpointDoc'
import { paymentStatuses } from '@/lib/payments/status'
import { rentalSummary, timestamp } from '../../shared/answerShapes'

// Anything else in the body (a price, an owner) is dropped: the server decides both.
export const checkoutBody = z.object({
  movie: id,
  promoCode: text(40)
    .trim()
    .optional()
    .transform((code) => code || undefined),
  locale: z.enum(locales).default('en'),
})

const checkoutAnswer = z.object({
  payment: z.object({
    id: z.number().int(),
    status: z.enum(paymentStatuses),
    amountLak: z.number(),
    listPriceLak: z.number(),
    amountText: z.string().describe('The amount worded in the locale asked for'),
  }),
  checkout: z
    .object({
      url: z.string(),
      qrData: z.string(),
      expiresAt: timestamp,
      qrImage: z.string().describe('The QR code as a data: URL'),
    })
    .nullable(),
  rental: rentalSummary.nullable(),
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
  custom: documented({
    summary: 'Start renting a film: a pending payment and where to pay',
    description: 'A caller with no account and no identity gets an anonymous identity cookie with the answer.',
    audience: 'viewers',
    body: checkoutBody,
    responses: {
      201: {
        description: 'The payment and where to pay, or (free promo code) the rental itself',
        schema: checkoutAnswer,
      },
      404: { description: 'No such published film' },
      409: { description: 'The viewer already holds an active rental of the film' },
      429: { description: 'Too many checkouts from this address or viewer (Retry-After)' },
    },
  }),
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
    const answer: CheckoutAnswer & z.input<typeof checkoutAnswer> = { ...result, payment, checkout }
    return Response.json(answer, { status: 201, headers: setCookie ? { 'Set-Cookie': setCookie } : {} })
  },
}
