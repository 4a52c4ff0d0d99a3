import type { Access, Where } from 'payload'

/**
 * Payload's admin preferences (column choices, collapsed groups) belong to one user, stored as a
 * polymorphic `user` relationship { relationTo, value }: a caller reaches only their own.
 */
export const ownPreferences: Access = ({ req }) => {
  if (!req.user) return false
  const mine: Where[] = [
    { 'user.value': { equals: req.user.id } },
    { 'user.relationTo': { equals: req.user.collection } },
  ]
  return { and: mine }
}
