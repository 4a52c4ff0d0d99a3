import type { Payload } from 'payload'
import type { Payment } from '../../../payload-types'
import type { Locale } from '@/i18n/locales'
import { withTransaction } from '../database/withTransaction'
import { checkoutProvider } from '../payments/providers'
import { ownedBy, ownerOf, type Viewer } from '../viewer/resolveViewer'
import { PublicError } from '../http/errors'
import { grantRental } from './grantRental'
import { lockViewerFilm } from './ownerLock'
import { publishedMovie } from '../films/publishedMovie'
import { isVideoReady } from '../films/availability'
import { rentalPriceOf } from './price'
import { redeemPromoCode } from './promoCodes'
import { sendRentalReceipt } from './receipt'
import { activeRental } from './viewerRentals'

export type CheckoutInput = { viewer: Viewer; movieId: number; promoCode?: string; locale: Locale; origin: string }

export type CheckoutResult = {
  payment: Pick<Payment, 'id' | 'status' | 'amountLak' | 'listPriceLak'>
  /** Where and how to pay; null when a free promo code paid for everything. */
  checkout: { url: string; qrData: string; expiresAt: string } | null
  rental: { id: number; expiresAt: string } | null
}

/** What POST /api/payments/checkout answers: the result, with the amount worded and the QR code drawn. */
export type CheckoutAnswer = Omit<CheckoutResult, 'payment' | 'checkout'> & {
  payment: CheckoutResult['payment'] & { amountText: string }
  checkout: (NonNullable<CheckoutResult['checkout']> & { qrImage: string }) | null
}

/** The `data.reason` of the 409 for a film that cannot be rented yet, for clients to word it themselves. */
export const comingSoonReason = 'coming-soon'

/** Providers' name for payments a free promo code covers: no provider is asked. */
export const freePromoProvider = 'free-promo'

/**
 * Starts renting a film for the viewer. The price comes from the film (or the site default) and a
 * promo code, never from the client. A film without a ready video is refused (409, `coming-soon`),
 * as src/lib/films/availability.ts decides. A viewer holding an active rental is refused (409); a viewer
 * who asks again while a checkout is open gets that same checkout back, so repeated clicks and
 * concurrent requests never make two payments to confirm.
 */
export async function startCheckout(payload: Payload, input: CheckoutInput): Promise<CheckoutResult> {
  const { viewer, movieId, locale } = input
  const movie = await publishedMovie(payload, movieId, { locale })
  if (!movie) throw new PublicError(404, 'There is no such film to rent.', 'movie')
  // Before any row is written: a film that cannot play costs no payment and no promo use.
  if (!isVideoReady(movie)) {
    throw new PublicError(
      409,
      'This film is coming soon: its video is not ready, so it cannot be rented yet.',
      'movie',
      {
        data: { reason: comingSoonReason },
      },
    )
  }
  const listPriceLak = await rentalPriceOf(payload, movie)

  const result = await withTransaction(payload, {}, async (req): Promise<CheckoutResult> => {
    await lockViewerFilm(payload, req, viewer, movie.id)
    const active = await activeRental(payload, viewer, movie.id, req)
    if (active) {
      throw new PublicError(409, 'You are already renting this film. Watch it now.', undefined, {
        extra: { rental: { id: active.id, expiresAt: active.expiresAt } },
      })
    }

    if (!input.promoCode) {
      const open = await openCheckout(payload, viewer, movie.id, listPriceLak, req)
      if (open) return open
    }

    let amountLak = listPriceLak
    let promoCodeId: number | undefined
    if (input.promoCode) {
      ;({ amountLak, promoCodeId } = await redeemPromoCode(payload, req, {
        code: input.promoCode,
        movieId: movie.id,
        listPriceLak,
      }))
    }
    const provider = amountLak === 0 ? null : checkoutProvider()
    if (amountLak > 0 && !provider) throw new PublicError(503, 'Payments are not available right now.')

    const payment = await payload.create({
      collection: 'payments',
      data: {
        ...ownerOf(viewer),
        movie: movie.id,
        amountLak,
        listPriceLak,
        promoCode: promoCodeId,
        provider: provider?.name ?? freePromoProvider,
        status: 'pending',
        locale,
      },
      overrideAccess: true,
      req,
    })

    if (!provider) {
      await payload.update({
        collection: 'payments',
        id: payment.id,
        data: { reference: `${freePromoProvider}-${payment.id}` },
        overrideAccess: true,
        req,
      })
      const rental = await grantRental(payload, req, payment, new Date())
      return {
        payment: { ...summary(payment), status: 'paid' as const },
        checkout: null,
        rental: { id: rental.id, expiresAt: rental.expiresAt },
      }
    }

    // Inside the transaction: if the provider refuses, no payment and no promo use remain.
    const checkout = await provider.createCheckout(
      {
        paymentId: payment.id,
        amountLak,
        description: `${movie.title} · ${movie.rentalWindowHours} h`,
        origin: input.origin,
        locale,
      },
      req,
    )
    await payload.update({
      collection: 'payments',
      id: payment.id,
      data: {
        reference: checkout.reference,
        checkout: { url: checkout.url, qrData: checkout.qrData, expiresAt: checkout.expiresAt.toISOString() },
      },
      overrideAccess: true,
      req,
    })
    return {
      payment: summary(payment),
      checkout: { url: checkout.url, qrData: checkout.qrData, expiresAt: checkout.expiresAt.toISOString() },
      rental: null,
    }
  })

  // A free code paid for it: the rental exists now, so its receipt goes now, after the commit.
  if (result.rental) await sendRentalReceipt(payload, result.payment.id)
  return result
}

async function openCheckout(
  payload: Payload,
  viewer: Viewer,
  movieId: number,
  amountLak: number,
  req: Parameters<typeof lockViewerFilm>[1],
): Promise<CheckoutResult | null> {
  const { docs } = await payload.find({
    collection: 'payments',
    where: {
      and: [
        ownedBy(viewer),
        { movie: { equals: movieId } },
        { status: { equals: 'pending' } },
        { promoCode: { exists: false } },
        // A price changed since is a new checkout.
        { amountLak: { equals: amountLak } },
        { 'checkout.expiresAt': { greater_than: new Date(Date.now() + 60_000).toISOString() } },
      ],
    },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const open = docs[0]
  if (!open?.checkout?.url || !open.checkout.qrData || !open.checkout.expiresAt) return null
  return {
    payment: summary(open),
    checkout: { url: open.checkout.url, qrData: open.checkout.qrData, expiresAt: open.checkout.expiresAt },
    rental: null,
  }
}

const summary = (payment: Payment) => ({
  id: payment.id,
  status: payment.status,
  amountLak: payment.amountLak,
  listPriceLak: payment.listPriceLak,
})
