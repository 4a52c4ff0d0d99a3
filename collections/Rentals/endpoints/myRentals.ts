import type { Endpoint } from 'payload'
import { locales, type Locale } from '../../../src/i18n/locales'
import { ownedBy, viewerFromRequest } from '../../../src/lib/viewer/resolveViewer'

/**
 * GET /api/rentals/mine?locale=lo — the caller's running rentals, soonest to end first, with each
 * film's title and poster: the home page's "My rentals" row. Logged in or anonymous alike; a
 * caller with no identity simply has none (no 403 for every first-time visitor).
 */
export const myRentals: Endpoint = {
  path: '/mine',
  method: 'get',
  handler: async (req) => {
    const viewer = await viewerFromRequest(req)
    const headers = { 'Cache-Control': 'private, no-store' }
    if (!viewer) return Response.json({ docs: [] }, { headers })
    const asked = req.searchParams.get('locale')
    const locale: Locale = locales.includes(asked as Locale) ? (asked as Locale) : 'en'
    const { docs } = await req.payload.find({
      collection: 'rentals',
      where: { and: [ownedBy(viewer), { expiresAt: { greater_than: new Date().toISOString() } }] },
      sort: 'expiresAt',
      limit: 24,
      depth: 2,
      locale,
      overrideAccess: true,
      populate: { movies: { title: true, slug: true, poster: true } },
      select: { movie: true, expiresAt: true },
    })
    return Response.json({ docs }, { headers })
  },
}
