import type { Access } from 'payload'
import { isAdmin } from './roles'

/**
 * Rows that belong to a viewer (rentals, watch progress): admins see all, a logged-in user sees
 * only rows whose `user` is them, and an anonymous caller sees none. Anonymous viewers reach their
 * own rows only through server code that resolves their signed identity, never through the API.
 */
export const ownRowsOrAdmin: Access = ({ req }) => {
  if (!req.user) return false
  if (isAdmin(req.user)) return true
  return { user: { equals: req.user.id } }
}
