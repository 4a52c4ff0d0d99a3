import type { Access, FieldAccess } from 'payload'
import { isAdmin } from './roles'

export const adminsOnly: Access = ({ req }) => isAdmin(req.user)

export const adminsOnlyField: FieldAccess = ({ req }) => isAdmin(req.user)
