import { createHash } from 'node:crypto'
import type { Pool, QueryResultRow } from 'pg'
import { payloadClient } from '../payload'

// A statement's name is its text's hash: the same text always gets the same name, and two texts
// can never share one (PostgreSQL would refuse the second). The texts are few and fixed.
const names = new Map<string, string>()
const nameOf = (text: string) => {
  let name = names.get(text)
  if (!name) names.set(text, (name = createHash('sha256').update(text).digest('base64url').slice(0, 22)))
  return name
}

/**
 * A statement built only from our own fixed fragments (values always as parameters), run on
 * Payload's own pool as a named prepared statement: each connection parses and plans it once, then
 * only binds values (planning the catalogue's JSON-shaping reads cost more than running them).
 * Outside any transaction: for the public site's reads.
 */
export async function namedQuery<Row extends QueryResultRow>(text: string, values: unknown[]): Promise<Row[]> {
  const payload = await payloadClient()
  const pool = (payload.db as unknown as { pool: Pool }).pool
  const { rows } = await pool.query<Row>({ name: nameOf(text), text, values })
  return rows
}
