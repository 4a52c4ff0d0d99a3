import type { Endpoint } from 'payload'
import { ownRowsWithFilms } from '@/lib/viewer/ownRowsWithFilms'

/** GET /api/rentals/mine?locale=lo — the caller's running rentals, soonest to end first: the home page's "My rentals" row. */
export const myRentals: Endpoint = {
  path: '/mine',
  method: 'get',
  handler: (req) =>
    ownRowsWithFilms(req, {
      collection: 'rentals',
      where: [{ expiresAt: { greater_than: new Date().toISOString() } }],
      sort: 'expiresAt',
      limit: 24,
      select: { movie: true, expiresAt: true },
    }),
}
