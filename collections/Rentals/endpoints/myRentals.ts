import type { Endpoint } from 'payload'
import { activeRentals } from '@/lib/viewer/viewerLibrary'
import { ownRowsEndpoint } from '../../shared/ownRowsEndpoint'
import { documented } from '@/lib/openapi/endpointDoc'
import { z } from 'zod'
import { locales } from '@/i18n/locales'
import { ownRows } from '../../shared/answerShapes'

/**
 * GET /api/rentals/mine?locale=lo — the caller's running rentals, soonest to end first: the home
 * page's "My rentals" row.
 */
export const myRentals: Endpoint = {
  path: '/mine',
  method: 'get',
  custom: documented({
    summary: "The caller's running rentals, soonest to end first",
    audience: 'viewers',
    query: z.object({ locale: z.enum(locales).optional() }),
    responses: { 200: { description: 'Never cached', schema: ownRows } },
  }),
  handler: ownRowsEndpoint((shelf) => activeRentals({ ...shelf, limit: 24 })),
}
