import type { CollectionMeHook } from 'payload'
import { apiKeyStrategy } from '@/lib/apiKeys/authenticate'

/**
 * `GET /api/users/me` for a caller holding an API key: answers the account without reading the
 * Authorization header as a JWT (Payload would decode `Bearer lc_live_…` as one and fail with a 500).
 */
export const meByApiKey: CollectionMeHook = ({ user }) => {
  if ((user as { _strategy?: string } | null)?._strategy !== apiKeyStrategy.name) return
  // A key lasts until it is revoked: the answer has no `exp`, which Payload's type insists on.
  return { user } as { user: typeof user; exp: number }
}
