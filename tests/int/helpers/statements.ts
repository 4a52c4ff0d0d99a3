import type { Pool } from 'pg'
import type { Payload } from 'payload'

/**
 * The SQL statements Payload's pool sends to PostgreSQL while `run` runs, as text: every query of
 * every client, whichever path (drizzle, raw SQL, a transaction) sent it. The N+1 guard of
 * Payload's own test suite, at the driver rather than in a mock.
 */
export async function statementsDuring<T>(
  payload: Payload,
  run: () => Promise<T>,
): Promise<{ result: T; statements: string[] }> {
  const pool = (payload.db as unknown as { pool: Pool & { Client: { prototype: { query: unknown } } } }).pool
  const prototype = pool.Client.prototype as { query: (...args: unknown[]) => unknown }
  const original = prototype.query
  const statements: string[] = []
  prototype.query = function (this: unknown, ...args: unknown[]) {
    const [config] = args
    statements.push(typeof config === 'string' ? config : String((config as { text?: string })?.text ?? config))
    return original.apply(this, args)
  }
  try {
    return { result: await run(), statements }
  } finally {
    prototype.query = original
  }
}
