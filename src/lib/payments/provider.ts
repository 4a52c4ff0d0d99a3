import type { Payload, PayloadRequest } from 'payload'
import type { Locale } from '@/i18n/locales'
import { PublicError } from '../http/errors'
/**
 * What the rental code needs of a payment provider, and nothing more. A provider is a remote
 * service: it shows the viewer a checkout (a QR code to scan), takes the money, and confirms to
 * our server with a signed webhook. Adding one (a Lao bank's QR scheme, say) is a new module in
 * ./providers and a line in ./providers/index.ts; the rental code does not change.
 */
export type CheckoutRequest = {
  /** Our payment id, which the provider keeps as the merchant reference. */
  paymentId: number
  amountLak: number
  /** What the viewer sees on the provider's page, e.g. the film's title and window. */
  description: string
  /** Where the app is reachable, for the provider's page and its webhook. */
  origin: string
  /** The viewer's language, for the provider's page. */
  locale: Locale
}

export type Checkout = {
  /** The provider's id of this payment; its confirmations name it. */
  reference: string
  /** The provider's page where the viewer pays on this device. */
  url: string
  /** What the QR code encodes; a banking app scans it. */
  qrData: string
  expiresAt: Date
}

/** What a verified confirmation says was paid. */
export type Confirmation = { reference: string; amountLak: number; paidAt: Date }

/** A confirmation that must not be believed: unsigned, wrongly signed, stale (401) or malformed (400). */
export class ConfirmationRejected extends PublicError {
  constructor(status: 400 | 401, message: string) {
    super(status, message)
  }
}

export type ProviderStatus =
  { status: 'pending' } | { status: 'paid'; confirmation: Confirmation } | { status: 'unknown' }

/**
 * `payload` is where a provider may keep records of its own, in the app's database (never on an
 * instance's disk: the next request may reach another instance); the demo provider keeps its
 * ledger there. A remote provider ignores it.
 */
export interface PaymentProvider {
  readonly name: string
  /** `req` carries the checkout's transaction: a provider that writes to our database uses it. */
  createCheckout(request: CheckoutRequest, req: PayloadRequest): Promise<Checkout>
  /** The confirmation in a webhook request, verified; throws ConfirmationRejected otherwise. */
  verifyConfirmation(request: { rawBody: string; headers: Headers }): Confirmation
  /** Asks the provider directly, for when a webhook is late or lost. */
  lookupStatus(reference: string, payload: Payload): Promise<ProviderStatus>
}
