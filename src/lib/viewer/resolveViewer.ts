import type { PayloadRequest, Where } from 'payload'
import type { User } from '../../../payload-types'
import { anonymousCookieName, anonymousSetCookie, newAnonymousId, verifyAnonymousCookie } from './anonymousIdentity'

/** Who a rental, payment or progress operation acts for. */
export type Viewer = { kind: 'user'; user: User } | { kind: 'anonymous'; anonymousId: string }

type RequestLike = { user?: PayloadRequest['user'] | null; headers: Headers }

/**
 * The one place that decides who the viewer is: the logged-in user, else the holder of a cookie
 * this server signed. Ids in a body, a query or any other header are never looked at.
 */
export function viewerFromRequest(req: RequestLike): Viewer | null {
  if (req.user && req.user.collection === 'users') return { kind: 'user', user: req.user as User }
  const anonymousId = verifyAnonymousCookie(readCookie(req.headers, anonymousCookieName))
  return anonymousId ? { kind: 'anonymous', anonymousId } : null
}

/**
 * The viewer, issuing a new anonymous identity when there is none yet (or only a forged one);
 * `setCookie` is then the header the response must carry.
 */
export function viewerOrNewIdentity(req: RequestLike): { viewer: Viewer; setCookie: string | null } {
  const viewer = viewerFromRequest(req)
  if (viewer) return { viewer, setCookie: null }
  const anonymousId = newAnonymousId()
  return { viewer: { kind: 'anonymous', anonymousId }, setCookie: anonymousSetCookie(anonymousId) }
}

/** A `where` matching the viewer's own rows. */
export function ownedBy(viewer: Viewer): Where {
  return viewer.kind === 'user' ? { user: { equals: viewer.user.id } } : { anonymousId: { equals: viewer.anonymousId } }
}

/** The owner fields of a row written for the viewer. */
export function ownerOf(viewer: Viewer): { user: number } | { anonymousId: string } {
  return viewer.kind === 'user' ? { user: viewer.user.id } : { anonymousId: viewer.anonymousId }
}

function readCookie(headers: Headers, name: string): string | undefined {
  const header = headers.get('cookie')
  if (!header) return undefined
  for (const part of header.split(';')) {
    const eq = part.indexOf('=')
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim())
  }
  return undefined
}
