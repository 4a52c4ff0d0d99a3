import type { PayloadRequest } from 'payload'
import { errorResponse } from '../../src/lib/http/errors'
import { isEditor } from './roles'

/** For custom endpoints (which Payload does not guard): a 401/403 answer, or null for editors and admins. */
export function requireEditor(req: PayloadRequest, action: string): Response | null {
  if (!req.user) return errorResponse(401, `Log in as an editor to ${action}.`)
  if (!isEditor(req.user)) return errorResponse(403, `Only editors and admins can ${action}.`)
  return null
}
