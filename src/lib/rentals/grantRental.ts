import type { Payload, PayloadRequest } from 'payload'
import type { Movie, Payment, Rental } from '../../../payload-types'
import { relationId } from '../database/relationId'
import { emitWebhookEvent } from '../webhooks/emit'
import { hours } from './price'

/**
 * Marks a payment paid and creates its rental, in the caller's transaction. The window starts at
 * payment: the provider's time of payment, but never before checkout began nor in the future.
 * This is the one place a payment becomes paid (confirmed or free), so `payment.paid` and
 * `rental.started` are recorded here, in the same transaction.
 */
export async function grantRental(
  payload: Payload,
  req: PayloadRequest,
  payment: Payment,
  paidAt: Date,
): Promise<Rental> {
  const movie = (await payload.findByID({
    collection: 'movies',
    id: relationId(payment.movie),
    depth: 0,
    overrideAccess: true,
    req,
  })) as Movie
  const startsAt = new Date(Math.min(Date.now(), Math.max(paidAt.getTime(), new Date(payment.createdAt).getTime())))
  await payload.update({
    collection: 'payments',
    id: payment.id,
    data: { status: 'paid', paidAt: startsAt.toISOString() },
    overrideAccess: true,
    req,
  })
  const rental = await payload.create({
    collection: 'rentals',
    data: {
      ...(payment.user ? { user: relationId(payment.user) } : { anonymousId: payment.anonymousId! }),
      movie: movie.id,
      startsAt: startsAt.toISOString(),
      expiresAt: new Date(startsAt.getTime() + hours(movie.rentalWindowHours)).toISOString(),
      payment: payment.id,
    },
    overrideAccess: true,
    req,
  })
  await emitWebhookEvent(payload, req, 'payment.paid', {
    id: payment.id,
    movie: movie.id,
    amountLak: payment.amountLak,
    provider: payment.provider,
    reference: payment.reference ?? null,
    paidAt: startsAt.toISOString(),
    rental: rental.id,
  })
  await emitWebhookEvent(payload, req, 'rental.started', {
    id: rental.id,
    movie: movie.id,
    payment: payment.id,
    startsAt: rental.startsAt,
    expiresAt: rental.expiresAt,
  })
  return rental
}
