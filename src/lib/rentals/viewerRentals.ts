import type { Payload, PayloadRequest } from 'payload'
import type { Rental } from '../../../payload-types'
import { ownedBy, type Viewer } from '../viewer/resolveViewer'

/** How long after its end an expired rental is still mentioned ("your rental has expired"). */
const recentlyExpiredDays = 7

/** The viewer's rental of a film that is running now, if any. */
export async function activeRental(
  payload: Payload,
  viewer: Viewer,
  movieId: number,
  req?: PayloadRequest,
): Promise<Rental | null> {
  const { docs } = await payload.find({
    collection: 'rentals',
    where: {
      and: [ownedBy(viewer), { movie: { equals: movieId } }, { expiresAt: { greater_than: new Date().toISOString() } }],
    },
    sort: '-expiresAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0] ?? null
}

export type RentalState =
  { state: 'active'; expiresAt: string } | { state: 'expired'; expiresAt: string } | { state: 'none' }

/**
 * What the film page and the watch page's gate need to know about the viewer and a film: one
 * query for the viewer's latest-ending rental of it, running or ended within the last week.
 */
export async function rentalState(payload: Payload, viewer: Viewer | null, movieId: number): Promise<RentalState> {
  if (!viewer) return { state: 'none' }
  const since = new Date(Date.now() - recentlyExpiredDays * 86_400_000).toISOString()
  const { docs } = await payload.find({
    collection: 'rentals',
    where: { and: [ownedBy(viewer), { movie: { equals: movieId } }, { expiresAt: { greater_than: since } }] },
    sort: '-expiresAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const latest = docs[0]
  if (!latest) return { state: 'none' }
  return { state: new Date(latest.expiresAt) > new Date() ? 'active' : 'expired', expiresAt: latest.expiresAt }
}
