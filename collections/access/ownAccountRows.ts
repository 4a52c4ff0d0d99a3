import type { Access } from 'payload'
import { isEditor } from './roles'

/** Rows an account keeps for itself (notify-me requests): its own only; anonymous callers none. */
export const ownAccountRows: Access = ({ req }) => (req.user ? { user: { equals: req.user.id } } : false)

/** The same, and editors and admins read everyone's (who is waiting for which film). */
export const ownAccountRowsOrEditor: Access = (args) => (isEditor(args.req.user) ? true : ownAccountRows(args))
