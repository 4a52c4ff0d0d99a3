import type { Access } from 'payload'
import { isAdmin, isIntegrator } from './roles'

export const selfOrAdmin: Access = ({ req }) => {
  if (!req.user) return false
  if (isAdmin(req.user)) return true
  return { id: { equals: req.user.id } }
}

/**
 * Changing or deleting an account: one's own, or any for admins. Never an integrator's own: a
 * leaked key must not be able to change its account's email or password.
 */
export const changeSelfOrAdmin: Access = (args) => (isIntegrator(args.req.user) ? false : selfOrAdmin(args))
