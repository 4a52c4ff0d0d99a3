import type { Access } from 'payload'
import { isAdmin } from './roles'

export const selfOrAdmin: Access = ({ req }) => {
  if (!req.user) return false
  if (isAdmin(req.user)) return true
  return { id: { equals: req.user.id } }
}
