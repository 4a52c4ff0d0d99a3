import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'
import { sqlFor } from '../database/sqlFor'

/** Whether an anonymous identity was claimed by an account and so no longer names anyone. */
export async function isRetired(payload: Payload, anonymousId: string): Promise<boolean> {
  const db = await sqlFor(payload)
  const { rows } = await db.execute(sql`SELECT 1 FROM retired_anonymous_identities WHERE anonymous_id = ${anonymousId}`)
  return rows.length > 0
}

/**
 * Retires an identity for good, in the caller's transaction; false when it was already retired.
 * The primary key makes two concurrent claims of one identity queue, and the second finds it taken.
 */
export async function retire(
  payload: Payload,
  req: PayloadRequest,
  anonymousId: string,
  userId: number,
): Promise<boolean> {
  const db = await sqlFor(payload, req)
  const { rows } = await db.execute(sql`
    INSERT INTO retired_anonymous_identities (anonymous_id, user_id) VALUES (${anonymousId}, ${userId})
    ON CONFLICT (anonymous_id) DO NOTHING RETURNING anonymous_id`)
  return rows.length > 0
}
