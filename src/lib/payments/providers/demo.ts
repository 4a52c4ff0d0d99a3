import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'
import { z } from 'zod'
import { derivedKey } from '@/lib/config/derivedKey'
import { text } from '@/lib/http/parse'
import {
  ConfirmationRejected,
  type Checkout,
  type CheckoutRequest,
  type Confirmation,
  type PaymentProvider,
  type ProviderStatus,
} from '../provider'
import { readDemoLedger, recordDemoCheckout, recordDemoPayment, type DemoLedgerEntry } from './demoLedger'

export { readDemoLedger } from './demoLedger'

/**
 * The demo provider, for development and tests: it behaves as a remote provider does, but lives in
 * the app. Its checkout page (/[locale]/demo-payments/…, marked DEMO) has a "Simulate payment" button that
 * records the payment in the provider's own ledger (a table of its own, ./demoLedger.ts) and sends our
 * webhook a confirmation signed the way real providers sign theirs (Stripe's scheme: an HMAC of
 * timestamp and body). No money moves.
 */
export const demoSignatureHeader = 'demo-signature'
const checkoutMinutes = 15
/** A confirmation older (or newer) than this is stale: a replay, or a clock gone wrong. */
const demoToleranceSeconds = 300

const confirmationBody = z.object({
  type: z.literal('payment.succeeded'),
  reference: text(200).min(1),
  amountLak: z.number().int().nonnegative(),
  paidAt: z.iso.datetime(),
})

/** What the demo provider's references look like; anything else names no demo checkout. */
export const demoReferencePattern = /^demo_[a-f0-9]{24}$/

const sign = (timestamp: number, body: string) =>
  createHmac('sha256', derivedKey('demo-payment-webhook')).update(`${timestamp}.${body}`).digest('hex')

export const demoProvider: PaymentProvider = {
  name: 'demo',

  async createCheckout(request: CheckoutRequest, req: PayloadRequest): Promise<Checkout> {
    const reference = `demo_${randomBytes(12).toString('hex')}`
    const expiresAt = new Date(Date.now() + checkoutMinutes * 60_000)
    const entry: DemoLedgerEntry = { ...request, reference, expiresAt: expiresAt.toISOString(), paidAt: null }
    await recordDemoCheckout(req, entry)
    const url = `${request.origin}/${request.locale}/demo-payments/${reference}`
    return { reference, url, qrData: url, expiresAt }
  },

  verifyConfirmation({ rawBody, headers }): Confirmation {
    const header = headers.get(demoSignatureHeader)
    if (!header) throw new ConfirmationRejected(401, 'The confirmation is not signed.')
    const parts = Object.fromEntries(header.split(',').map((part) => part.trim().split('=', 2) as [string, string]))
    const timestamp = Number(parts.t)
    if (!Number.isInteger(timestamp) || !parts.v1)
      throw new ConfirmationRejected(401, 'The signature header is malformed.')
    const expected = Buffer.from(sign(timestamp, rawBody))
    const given = Buffer.from(parts.v1)
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      throw new ConfirmationRejected(401, 'The signature does not match.')
    if (Math.abs(Date.now() / 1000 - timestamp) > demoToleranceSeconds)
      throw new ConfirmationRejected(401, 'The confirmation is stale.')
    let json: unknown
    try {
      json = JSON.parse(rawBody)
    } catch {
      throw new ConfirmationRejected(400, 'The confirmation is not JSON.')
    }
    const parsed = confirmationBody.safeParse(json)
    if (!parsed.success)
      throw new ConfirmationRejected(400, `The confirmation is malformed: ${parsed.error.issues[0]?.path.join('.')}.`)
    return { reference: parsed.data.reference, amountLak: parsed.data.amountLak, paidAt: new Date(parsed.data.paidAt) }
  },

  async lookupStatus(reference: string, payload: Payload): Promise<ProviderStatus> {
    const entry = demoReferencePattern.test(reference) ? await readDemoLedger(payload, reference) : null
    if (!entry) return { status: 'unknown' }
    if (!entry.paidAt) return { status: 'pending' }
    return { status: 'paid', confirmation: { reference, amountLak: entry.amountLak, paidAt: new Date(entry.paidAt) } }
  },
}

/**
 * What the demo page's button does: records the payment in the provider's ledger, then delivers
 * the signed confirmation to our webhook over HTTP, as a real provider's servers would.
 */
export async function simulateDemoPayment(
  payload: Payload,
  reference: string,
): Promise<{ delivered: number; entry: DemoLedgerEntry }> {
  const entry = demoReferencePattern.test(reference) ? await readDemoLedger(payload, reference) : null
  if (!entry) throw new Error('No such demo checkout.')
  if (new Date(entry.expiresAt) < new Date()) throw new Error('This demo checkout has expired.')
  const paid = (await recordDemoPayment(payload, reference))!
  const body = JSON.stringify({ type: 'payment.succeeded', reference, amountLak: paid.amountLak, paidAt: paid.paidAt })
  const response = await fetch(`${entry.origin}/api/payments/webhook/demo`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [demoSignatureHeader]: demoSignature(body) },
    body,
  })
  return { delivered: response.status, entry: paid }
}

/** The signature header for a body, signed now. */
export function demoSignature(body: string, timestamp = Math.floor(Date.now() / 1000)): string {
  return `t=${timestamp},v1=${sign(timestamp, body)}`
}
