import type { Payload, PayloadRequest, Where } from 'payload'
import { parseCookies } from 'payload/shared'
import type { User } from '../../../payload-types'
import { relationId } from '../database/relationId'
import { PublicError } from '../http/errors'
import { countWrite } from '../rateLimits/countWrite'
import { rateLimits } from '../rateLimits/limits'
import { anonymousCookieName, anonymousSetCookie, newAnonymousId, verifyAnonymousCookie } from './anonymousIdentity'
import { isRetired } from './retiredIdentities'

/** Who a rental, payment or progress operation acts for. */
export type Viewer =
  { kind: 'user'; user: Pick<User, 'id'> & Partial<User> } | { kind: 'anonymous'; anonymousId: string }

type RequestLike = { user?: PayloadRequest['user'] | null; headers: Headers; payload: Payload }

/**
 * The one place that decides who the viewer is: the logged-in user, else the holder of a cookie
 * this server signed whose identity no account has claimed. Ids in a body, a query or any other
 * header are never looked at.
 */
export async function viewerFromRequest(req: RequestLike): Promise<Viewer | null> {
  const identity = identityFromRequest(req)
  if (identity?.kind === 'anonymous' && (await isRetired(req.payload, identity.anonymousId))) return null
  return identity
}

/** The viewer the request's credentials name, before asking the database whether the identity was retired. */
export function identityFromRequest(req: Omit<RequestLike, 'payload'>): Viewer | null {
  // An integrator (collections/access/roles.ts) is a program reading for a partner, never a viewer:
  // it rents, watches and keeps nothing, and is not given an anonymous identity either.
  if (isIntegratorAccount(req.user)) return null
  if (req.user && req.user.collection === 'users') return { kind: 'user', user: req.user as User }
  const anonymousId = anonymousIdFromCookie(req.headers)
  return anonymousId ? { kind: 'anonymous', anonymousId } : null
}

/** The signed anonymous id in the request's cookie, if the signature holds. */
export function anonymousIdFromCookie(headers: Headers): string | null {
  return verifyAnonymousCookie(parseCookies(headers).get(anonymousCookieName))
}

/**
 * The viewer, issuing a new anonymous identity when there is none yet (or only a forged or retired
 * one); `setCookie` is then the header the response must carry. Only for an action that cannot be
 * done without one (a checkout): identities are limited per address, and refused past it (429).
 */
export async function viewerOrNewIdentity(req: RequestLike): Promise<{ viewer: Viewer; setCookie: string | null }> {
  if (isIntegratorAccount(req.user)) throw new PublicError(403, 'Integrator accounts read; they do not rent or pay.')
  const viewer = await viewerFromRequest(req)
  if (viewer) return { viewer, setCookie: null }
  await countWrite(req, null, { perAddress: rateLimits.newIdentitiesPerAddress })
  const anonymousId = newAnonymousId()
  return { viewer: { kind: 'anonymous', anonymousId }, setCookie: anonymousSetCookie(anonymousId) }
}

/** The owner of a stored row, as a viewer. */
export function viewerOwning(row: { user?: number | { id: number } | null; anonymousId?: string | null }): Viewer {
  if (row.user) return { kind: 'user', user: { id: relationId(row.user) } }
  return { kind: 'anonymous', anonymousId: row.anonymousId! }
}

export function sameViewer(a: Viewer, b: Viewer): boolean {
  return a.kind === 'user'
    ? b.kind === 'user' && a.user.id === b.user.id
    : b.kind === 'anonymous' && a.anonymousId === b.anonymousId
}

/** A `where` matching the viewer's own rows. */
export function ownedBy(viewer: Viewer): Where {
  return viewer.kind === 'user' ? { user: { equals: viewer.user.id } } : { anonymousId: { equals: viewer.anonymousId } }
}

/** The owner fields of a row written for the viewer. */
export function ownerOf(viewer: Viewer): { user: number } | { anonymousId: string } {
  return viewer.kind === 'user' ? { user: viewer.user.id } : { anonymousId: viewer.anonymousId }
}

const isIntegratorAccount = (user: RequestLike['user']) =>
  (user as { role?: string } | null | undefined)?.role === 'integrator'
