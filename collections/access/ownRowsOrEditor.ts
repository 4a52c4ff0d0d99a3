import type { Access } from 'payload'
import { ownedBy, viewerFromRequest } from '@/lib/viewer/resolveViewer'
import { isEditor } from './roles'

/**
 * Rows that belong to a viewer (rentals, payments, watch progress): editors and admins see all; a
 * viewer sees only their own, whether they are logged in or hold a signed anonymous identity.
 */
export const ownRowsOrEditor: Access = async ({ req }) => {
  if (isEditor(req.user)) return true
  const viewer = await viewerFromRequest(req)
  if (!viewer) return false
  return ownedBy(viewer)
}
