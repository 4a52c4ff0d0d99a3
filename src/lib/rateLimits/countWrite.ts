import type { Payload, PayloadRequest } from 'payload'
import { requestClientAddress } from '../http/clientAddress'
import type { Viewer } from '../viewer/resolveViewer'
import type { RateLimit } from './limits'
import { consume } from './rateLimiter'

type RequestLike = { user?: PayloadRequest['user'] | null; headers: Headers; payload: Payload }

const viewerKey = (viewer: Viewer) =>
  viewer.kind === 'user' ? `user:${viewer.user.id}` : `anonymous:${viewer.anonymousId}`

/**
 * Counts a write against the caller's address, unless an account is logged in, and against the
 * viewer it is for; refuses it (429) past either limit.
 */
export async function countWrite(
  req: RequestLike,
  viewer: Viewer | null,
  limits: { perAddress?: RateLimit; perViewer?: RateLimit },
): Promise<void> {
  if (limits.perAddress && !req.user) await consume(req.payload, limits.perAddress, requestClientAddress(req.headers))
  if (viewer && limits.perViewer) await consume(req.payload, limits.perViewer, viewerKey(viewer))
}
