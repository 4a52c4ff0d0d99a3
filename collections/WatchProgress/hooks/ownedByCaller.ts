import type { CollectionBeforeValidateHook } from 'payload'
import { isAdmin } from '../../access/roles'

/** A viewer's new progress row is theirs, whatever owner the request body names. */
export const ownedByCaller: CollectionBeforeValidateHook = ({ data, operation, req }) => {
  if (operation !== 'create' || !req.user || isAdmin(req.user)) return data
  return { ...data, user: req.user.id, anonymousId: undefined }
}
