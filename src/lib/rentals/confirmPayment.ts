import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import type { Payment } from '../../../payload-types'
import { relationId } from '../database/relationId'
import { sqlFor } from '../database/sqlFor'
import { withTransaction } from '../database/withTransaction'
import type { Confirmation } from '../payments/provider'
import { viewerOwning } from '../viewer/resolveViewer'
import { PublicError } from '../http/errors'
import { emitWebhookEvent } from '../webhooks/emit'
import { grantRental } from './grantRental'
import { lockViewerFilm } from './ownerLock'
import { sendRentalReceipt } from './receipt'
import { activeRental } from './viewerRentals'

export type ConfirmOutcome =
  | { outcome: 'paid'; paymentId: number; rentalId: number }
  | { outcome: 'already-confirmed'; paymentId: number }
  | { outcome: 'needs-refund'; paymentId: number }

/**
 * Applies a provider's verified confirmation: the payment becomes paid and its rental is created
 * in one transaction. The payment's row is locked first, so however many times (and however
 * concurrently) the same confirmation arrives, one delivery does the work and the rest find it done.
 */
export async function confirmPayment(
  payload: Payload,
  provider: string,
  confirmation: Confirmation,
): Promise<ConfirmOutcome> {
  const outcome = await withTransaction(payload, {}, async (req): Promise<ConfirmOutcome> => {
    const db = await sqlFor(payload, req)
    const { rows } = await db.execute(sql`
      SELECT id FROM payments WHERE provider = ${provider} AND reference = ${confirmation.reference} FOR UPDATE`)
    const id = rows[0]?.id as number | undefined
    if (id === undefined) {
      payload.logger.warn(
        { provider, reference: confirmation.reference },
        'payment confirmation for an unknown payment; nothing created',
      )
      throw new PublicError(404, 'There is no payment with this reference.', 'reference')
    }
    const payment = (await payload.findByID({
      collection: 'payments',
      id,
      depth: 0,
      overrideAccess: true,
      req,
    })) as Payment
    if (payment.status !== 'pending') return { outcome: 'already-confirmed', paymentId: id }
    if (payment.amountLak !== confirmation.amountLak) {
      payload.logger.warn(
        { provider, reference: confirmation.reference, expected: payment.amountLak, confirmed: confirmation.amountLak },
        'payment confirmation with the wrong amount; nothing created',
      )
      throw new PublicError(
        400,
        `The confirmed amount does not match the payment (${payment.amountLak} LAK).`,
        'amountLak',
      )
    }

    const viewer = viewerOwning(payment)
    const movieId = relationId(payment.movie)
    await lockViewerFilm(payload, req, viewer, movieId)
    if (await activeRental(payload, viewer, movieId, req)) {
      // Money moved, but the viewer already holds the film: keep the money on record for a refund.
      await payload.update({
        collection: 'payments',
        id,
        data: { status: 'needs-refund', paidAt: new Date().toISOString() },
        overrideAccess: true,
        req,
      })
      payload.logger.warn(
        { provider, reference: confirmation.reference },
        'payment confirmed while a rental was active; marked needs-refund',
      )
      await emitWebhookEvent(payload, req, 'payment.refund-needed', {
        id,
        movie: movieId,
        amountLak: payment.amountLak,
        provider,
        reference: confirmation.reference,
      })
      return { outcome: 'needs-refund', paymentId: id }
    }
    const rental = await grantRental(payload, req, payment, confirmation.paidAt)
    return { outcome: 'paid', paymentId: id, rentalId: rental.id }
  })
  if (outcome.outcome === 'paid') await sendRentalReceipt(payload, outcome.paymentId)
  return outcome
}
