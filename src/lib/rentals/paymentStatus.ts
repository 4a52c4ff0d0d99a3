import type { Payload } from 'payload'
import { providerNamed } from '../payments/providers'
import { ownedBy, type Viewer } from '../viewer/resolveViewer'
import { confirmPayment } from './confirmPayment'

export type PaymentStatusAnswer = {
  id: number
  status: string
  amountLak: number
  rental: { id: number; expiresAt: string } | null
}

/**
 * The viewer's payment and, once paid, its rental. A payment still pending is checked with the
 * provider too, so a lost or late webhook never leaves a viewer who paid without their film.
 */
export async function paymentStatusFor(
  payload: Payload,
  viewer: Viewer,
  id: number,
): Promise<PaymentStatusAnswer | null> {
  const find = async () =>
    (
      await payload.find({
        collection: 'payments',
        where: { and: [{ id: { equals: id } }, ownedBy(viewer)] },
        depth: 0,
        limit: 1,
        overrideAccess: true,
      })
    ).docs[0]
  let payment = await find()
  if (!payment) return null
  if (payment.status === 'pending' && payment.reference) {
    const provider = providerNamed(payment.provider)
    const known = provider ? await provider.lookupStatus(payment.reference, payload) : { status: 'unknown' as const }
    if (known.status === 'paid') {
      await confirmPayment(payload, payment.provider, known.confirmation)
      payment = (await find())!
    }
  }
  const { docs } = await payload.find({
    collection: 'rentals',
    where: { payment: { equals: payment.id } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  const rental = docs[0]
  return {
    id: payment.id,
    status: payment.status,
    amountLak: payment.amountLak,
    rental: rental ? { id: rental.id, expiresAt: rental.expiresAt } : null,
  }
}
