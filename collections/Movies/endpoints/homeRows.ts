import type { Endpoint } from 'payload'
import { z } from 'zod'
import { locales } from '@/i18n/locales'
import { getHomeGenreRows } from '@/lib/catalogue'
import { cdnCacheControl } from '@/lib/http/cdnCacheControl'
import { parseParams, queryOf } from '@/lib/http/parse'
import { documented } from '@/lib/openapi/endpointDoc'

const homeRowsQuery = z.object({ locale: z.enum(locales) })

/**
 * GET /api/movies/home-rows?locale=lo — the home page's genre rows below the fold, which the page
 * loads when they come into view rather than in its HTML. From the home page's own cached data:
 * a visit reads no database once the home page has been rendered.
 */
export const homeRows: Endpoint = {
  path: '/home-rows',
  method: 'get',
  custom: documented({
    summary: "The home page's genre rows below the fold, with their film cards",
    audience: 'anyone',
    query: homeRowsQuery,
    responses: {
      200: {
        description: 'Genre rows (slug, name, films), as the home page shows them',
        schema: z.array(
          z.object({ slug: z.string(), name: z.string(), films: z.array(z.record(z.string(), z.unknown())) }),
        ),
      },
    },
  }),
  handler: async (req) => {
    const { locale } = parseParams(homeRowsQuery, queryOf(req.searchParams))
    return Response.json(await getHomeGenreRows(locale), {
      // The same for everyone: a CDN may keep it as long as the pages themselves.
      headers: { 'Cache-Control': cdnCacheControl() },
    })
  },
}
