import { sql } from '@payloadcms/db-postgres'
import { randomBytes } from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'
import { sqlFor } from '../database/sqlFor'

/**
 * Before an account is deleted: its rentals, payments and progress stay, for the business's
 * accounts, but now belong to a fresh anonymous id that names no one (retired at once, so no
 * cookie can ever hold it). The account row, with the email and name, then goes.
 */
export async function anonymiseViewerRows(payload: Payload, req: PayloadRequest, userId: number): Promise<string> {
  const tombstone = `deleted_${randomBytes(18).toString('base64url')}`
  const db = await sqlFor(payload, req)
  await db.execute(sql`INSERT INTO retired_anonymous_identities (anonymous_id, user_id) VALUES (${tombstone}, NULL)`)
  await db.execute(sql`UPDATE retired_anonymous_identities SET user_id = NULL WHERE user_id = ${userId}`)
  for (const table of ['rentals', 'payments', 'watch_progress']) {
    await db.execute(
      sql`UPDATE ${sql.identifier(table)} SET user_id = NULL, anonymous_id = ${tombstone} WHERE user_id = ${userId}`,
    )
  }
  return tombstone
}
