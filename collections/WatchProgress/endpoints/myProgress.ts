import type { Endpoint } from 'payload'
import { filmsInProgress } from '@/lib/viewer/viewerLibrary'
import { ownRowsEndpoint } from '../../shared/ownRowsEndpoint'
import { documented } from '@/lib/openapi/endpointDoc'
import { z } from 'zod'
import { locales } from '@/i18n/locales'
import { ownRows } from '../../shared/answerShapes'

/**
 * GET /api/watch-progress/mine?locale=lo — the films the caller is part-way through, most recently
 * watched first: the "Continue watching" row (the collection's own API is for accounts only).
 */
export const myProgress: Endpoint = {
  path: '/mine',
  method: 'get',
  custom: documented({
    summary: 'The films the caller is part-way through, most recent first',
    audience: 'viewers',
    query: z.object({ locale: z.enum(locales).optional() }),
    responses: { 200: { description: 'Never cached', schema: ownRows } },
  }),
  handler: ownRowsEndpoint((shelf) => filmsInProgress({ ...shelf, limit: 12 })),
}
