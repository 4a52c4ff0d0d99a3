import type { Endpoint } from 'payload'
import { activeRentals } from '@/lib/viewer/viewerLibrary'
import { ownRowsEndpoint } from '../../shared/ownRowsEndpoint'

/**
 * GET /api/rentals/mine?locale=lo — the caller's running rentals, soonest to end first: the home
 * page's "My rentals" row.
 */
export const myRentals: Endpoint = {
  path: '/mine',
  method: 'get',
  handler: ownRowsEndpoint((shelf) => activeRentals({ ...shelf, limit: 24 })),
}
