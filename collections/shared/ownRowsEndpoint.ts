import type { Payload, PayloadHandler } from 'payload'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { viewerFromRequest, type Viewer } from '@/lib/viewer/resolveViewer'

type Read = (shelf: { payload: Payload; viewer: Viewer; locale: Locale }) => Promise<unknown[]>

/**
 * A GET handler answering the caller's own rows in the `?locale=` asked for. Logged in or anonymous
 * alike; a caller with no identity simply has none (no 403 for every first-time visitor). Never cached.
 */
export const ownRowsEndpoint =
  (read: Read): PayloadHandler =>
  async (req) => {
    const headers = { 'Cache-Control': 'private, no-store' }
    const viewer = await viewerFromRequest(req)
    if (!viewer) return Response.json({ docs: [] }, { headers })
    const asked = req.searchParams.get('locale')
    const locale = isLocale(asked) ? asked : defaultLocale
    return Response.json({ docs: await read({ payload: req.payload, viewer, locale }) }, { headers })
  }
