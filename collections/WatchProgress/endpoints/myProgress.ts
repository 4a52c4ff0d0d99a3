import type { Endpoint } from 'payload'
import { filmsInProgress } from '@/lib/viewer/viewerLibrary'
import { ownRowsEndpoint } from '../../shared/ownRowsEndpoint'

/**
 * GET /api/watch-progress/mine?locale=lo — the films the caller is part-way through, most recently
 * watched first: the "Continue watching" row (the collection's own API is for accounts only).
 */
export const myProgress: Endpoint = {
  path: '/mine',
  method: 'get',
  handler: ownRowsEndpoint((shelf) => filmsInProgress({ ...shelf, limit: 12 })),
}
