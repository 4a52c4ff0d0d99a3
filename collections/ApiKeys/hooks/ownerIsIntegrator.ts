import type { CollectionBeforeValidateHook } from 'payload'
import { PublicError } from '@/lib/http/errors'
import { relationId } from '@/lib/database/relationId'

/** A key is issued only to an integrator account: it must never act as a viewer, an editor or an admin. */
export const ownerIsIntegrator: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !data?.owner) return data
  const owner = await req.payload.findByID({
    collection: 'users',
    id: relationId(data.owner),
    depth: 0,
    disableErrors: true,
    req,
  })
  if (owner?.role !== 'integrator') {
    throw new PublicError(400, 'API keys are issued only to integrator accounts.', 'owner')
  }
  return data
}
