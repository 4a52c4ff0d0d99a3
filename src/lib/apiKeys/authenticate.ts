import { sql } from '@payloadcms/db-postgres'
import type { AuthStrategy, Payload } from 'payload'
import { sqlFor } from '../database/sqlFor'
import { ownerCheckedAtEdge, type KeyOwner } from './checkedAtEdge'
import { keyHash, presentedKey } from './keys'

/** Last use is written at most this often per key: one UPDATE a minute, not one per request. */
const lastUseResolutionSeconds = 60

/**
 * Payload auth strategy for our API keys. The key is looked up by its hash on every request, with
 * no cache (once per request: by the edge of /api when the request came that way), so a revoked or
 * deleted key stops working on the next request, on every instance. It authenticates only while its
 * owner is still an integrator: a key never carries more rights than that role, whatever the
 * account later becomes.
 */
export const apiKeyStrategy: AuthStrategy = {
  name: 'api-key',
  authenticate: async ({ headers, payload }) => {
    const key = presentedKey(headers)
    if (!key) return { user: null }
    const owner = ownerCheckedAtEdge(key) ?? (await ownerOfKey(payload, key))
    if (!owner) return { user: null }
    const user = await payload.findByID({ collection: 'users', id: owner.userId, depth: 0, disableErrors: true })
    if (!user || user.role !== 'integrator') return { user: null }
    return { user: { ...user, collection: 'users', _strategy: 'api-key' } }
  },
}

/** The owner of a live key (not revoked, its owner still an integrator), recording its use. */
export async function ownerOfKey(payload: Payload, key: string): Promise<KeyOwner | null> {
  const db = await sqlFor(payload)
  const { rows } = await db.execute(sql`
    SELECT k.id, k.owner_id, k.last_used_at FROM api_keys k JOIN users u ON u.id = k.owner_id
     WHERE k.hash = ${keyHash(key)} AND k.revoked_at IS NULL AND u.role = 'integrator'`)
  const row = rows[0]
  if (!row) return null
  const lastUsed = row.last_used_at ? new Date(row.last_used_at as string).getTime() : 0
  if (Date.now() - lastUsed >= lastUseResolutionSeconds * 1000) {
    await db.execute(sql`UPDATE api_keys SET last_used_at = now() WHERE id = ${row.id}`)
  }
  return { keyId: Number(row.id), userId: Number(row.owner_id) }
}
