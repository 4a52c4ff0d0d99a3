import type { PayloadRequest } from 'payload'
import { PublicError } from '@/lib/http/errors'
import { isEditor } from './roles'

/** For custom endpoints (which Payload does not guard): refuses (401/403) anyone but editors and admins. */
export function requireEditor(req: PayloadRequest, action: string): void {
  if (!req.user) throw new PublicError(401, `Log in as an editor to ${action}.`)
  if (!isEditor(req.user)) throw new PublicError(403, `Only editors and admins can ${action}.`)
}
