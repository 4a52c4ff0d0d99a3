import type { Endpoint } from 'payload'
import { locales, type Locale } from '../../../src/i18n/locales'
import { ownedBy, viewerFromRequest } from '../../../src/lib/viewer/resolveViewer'

/**
 * GET /api/watch-progress/mine?locale=lo — the films the caller is part-way through, most recently
 * watched first, with each film's title and poster: the "Continue watching" row. Logged in or
 * anonymous alike (the collection's own API is for accounts); no identity, no rows.
 */
export const myProgress: Endpoint = {
  path: '/mine',
  method: 'get',
  handler: async (req) => {
    const viewer = await viewerFromRequest(req)
    const headers = { 'Cache-Control': 'private, no-store' }
    if (!viewer) return Response.json({ docs: [] }, { headers })
    const asked = req.searchParams.get('locale')
    const locale: Locale = locales.includes(asked as Locale) ? (asked as Locale) : 'en'
    const { docs } = await req.payload.find({
      collection: 'watch-progress',
      where: { and: [ownedBy(viewer), { completed: { equals: false } }] },
      sort: '-lastWatchedAt',
      limit: 12,
      depth: 2,
      locale,
      overrideAccess: true,
      populate: { movies: { title: true, slug: true, poster: true } },
      select: { movie: true, progressSeconds: true, durationSeconds: true, lastWatchedAt: true },
    })
    return Response.json({ docs }, { headers })
  },
}
