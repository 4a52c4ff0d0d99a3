import type { Pool, QueryResultRow } from 'pg'
import { payloadClient } from '../payload'

/**
 * A statement of fixed text run on Payload's own pool as a named prepared statement: each connection
 * parses and plans it once, then only binds values (planning the catalogue's JSON-shaping reads cost
 * more than running them). Outside any transaction: for the public site's reads.
 */
export async function namedQuery<Row extends QueryResultRow>(
  name: string,
  text: string,
  values: unknown[],
): Promise<Row[]> {
  const payload = await payloadClient()
  const pool = (payload.db as unknown as { pool: Pool }).pool
  const { rows } = await pool.query<Row>({ name, text, values })
  return rows
}
