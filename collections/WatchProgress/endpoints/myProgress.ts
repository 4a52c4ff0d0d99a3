import type { Endpoint } from 'payload'
import { ownRowsWithFilms } from '@/lib/viewer/ownRowsWithFilms'

/**
 * GET /api/watch-progress/mine?locale=lo — the films the caller is part-way through, most recently
 * watched first: the "Continue watching" row (the collection's own API is for accounts only).
 */
export const myProgress: Endpoint = {
  path: '/mine',
  method: 'get',
  handler: (req) =>
    ownRowsWithFilms(req, {
      collection: 'watch-progress',
      where: [{ completed: { equals: false } }],
      sort: '-lastWatchedAt',
      limit: 12,
      select: { movie: true, progressSeconds: true, durationSeconds: true, lastWatchedAt: true },
    }),
}
