import type { Payload, PayloadRequest } from 'payload'

type Executor = { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> }

/** Raw SQL through Payload's own connection, inside the request's transaction when it has one. */
export async function sqlFor(payload: Payload, req?: Partial<PayloadRequest>): Promise<Executor> {
  const db = payload.db as unknown as { drizzle: Executor; sessions?: Record<string, { db: Executor }> }
  const transactionID = req?.transactionID ? await req.transactionID : undefined
  return (transactionID !== undefined && db.sessions?.[String(transactionID)]?.db) || db.drizzle
}
