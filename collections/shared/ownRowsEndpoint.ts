import type { Payload, PayloadHandler } from 'payload'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { viewerFromRequest, type Viewer } from '@/lib/viewer/resolveViewer'
import type { OwnRowsAnswer } from '@/lib/viewer/viewerLibrary'

type Read<Row> = (shelf: { payload: Payload; viewer: Viewer; locale: Locale }) => Promise<Row[]>

/**
 * A GET handler answering the caller's own rows in the `?locale=` asked for. Logged in or anonymous
 * alike; a caller with no identity simply has none (no 403 for every first-time visitor). Never cached.
 */
export const ownRowsEndpoint =
  <Row>(read: Read<Row>): PayloadHandler =>
  async (req) => {
    const headers = { 'Cache-Control': 'private, no-store' }
    const viewer = await viewerFromRequest(req)
    if (!viewer) return Response.json({ docs: [] } satisfies OwnRowsAnswer<Row>, { headers })
    const asked = req.searchParams.get('locale')
    const locale = isLocale(asked) ? asked : defaultLocale
    const answer: OwnRowsAnswer<Row> = { docs: await read({ payload: req.payload, viewer, locale }) }
    return Response.json(answer, { headers })
  }
