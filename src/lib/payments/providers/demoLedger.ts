import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'
import type { Locale } from '@/i18n/locales'
import { sqlFor } from '@/lib/database/sqlFor'

/**
 * The demo provider's own ledger, in the app's PostgreSQL (table demo_payment_ledger), so that a
 * checkout opened through one instance is paid through any other. A checkout's entry is written in
 * that checkout's transaction: on a connection of its own it would need a second connection per
 * checkout from the same pool, and concurrent checkouts holding the first would wait for each other
 * until the pool's timeout.
 */
export type DemoLedgerEntry = {
  reference: string
  paymentId: number
  amountLak: number
  description: string
  origin: string
  locale: Locale
  expiresAt: string
  paidAt: string | null
}

type Row = {
  reference: string
  payment_id: number
  amount_lak: number
  description: string
  origin: string
  locale: Locale
  expires_at: Date | string
  paid_at: Date | string | null
}

const iso = (value: Date | string) => new Date(value).toISOString()
const entryOf = (row: Row): DemoLedgerEntry => ({
  reference: row.reference,
  paymentId: row.payment_id,
  amountLak: row.amount_lak,
  description: row.description,
  origin: row.origin,
  locale: row.locale,
  expiresAt: iso(row.expires_at),
  paidAt: row.paid_at === null ? null : iso(row.paid_at),
})

export async function recordDemoCheckout(req: PayloadRequest, entry: DemoLedgerEntry): Promise<void> {
  const db = await sqlFor(req.payload, req)
  await db.execute(sql`
    INSERT INTO demo_payment_ledger (reference, payment_id, amount_lak, description, origin, locale, expires_at)
    VALUES (${entry.reference}, ${entry.paymentId}, ${entry.amountLak}, ${entry.description}, ${entry.origin},
      ${entry.locale}, ${entry.expiresAt})`)
}

export async function readDemoLedger(payload: Payload, reference: string): Promise<DemoLedgerEntry | null> {
  const db = await sqlFor(payload)
  const { rows } = await db.execute(sql`SELECT * FROM demo_payment_ledger WHERE reference = ${reference}`)
  return rows[0] ? entryOf(rows[0] as Row) : null
}

/** Marks the checkout paid, once: paying again keeps the first payment's time. */
export async function recordDemoPayment(payload: Payload, reference: string): Promise<DemoLedgerEntry | null> {
  const db = await sqlFor(payload)
  const { rows } = await db.execute(sql`
    UPDATE demo_payment_ledger SET paid_at = coalesce(paid_at, now()) WHERE reference = ${reference} RETURNING *`)
  return rows[0] ? entryOf(rows[0] as Row) : null
}
