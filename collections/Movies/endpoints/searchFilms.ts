import type { Endpoint } from 'payload'
import { z } from 'zod'
import { locales } from '@/i18n/locales'
// Not '@/lib/catalogue' for the page size: that reads the Payload config this file is part of.
import { searchFilms as search } from '@/lib/catalogue'
import { browsePageSize } from '@/lib/catalogue/browseQuery'
import { cdnCacheControl } from '@/lib/http/cdnCacheControl'
import { parseParams, queryOf, text } from '@/lib/http/parse'
import { documented } from '@/lib/openapi/endpointDoc'

const searchQuery = z.object({
  q: text(100)
    .transform((value) => value.trim())
    .pipe(z.string().min(1, 'must not be empty')),
  locale: z.enum(locales),
  page: z.coerce.number().int('must be a whole number').min(1).max(10_000).default(1),
})

const card = z.object({
  id: z.number(),
  slug: z.string(),
  title: z.string(),
  year: z.number().nullable(),
  runtime: z.number().nullable(),
  poster: z.object({ url: z.string(), alt: z.string(), width: z.number(), height: z.number() }).nullable(),
  comingSoon: z.boolean().optional(),
})

/**
 * GET /api/movies/search?q=ສັນຍານ&locale=lo&page=1 — published films matching a search, best
 * matches first, as cards: what the browse page's search shows, for the page's own search-as-you-
 * type and for integrators. Two statements whatever the query (the search index, then the cards),
 * and no page rendered: a distinct search costs a fraction of the page.
 */
export const searchFilms: Endpoint = {
  path: '/search',
  method: 'get',
  custom: documented({
    summary: 'Search published films by title, original title, cast or director (Lao or English)',
    audience: 'anyone',
    query: searchQuery,
    responses: {
      200: {
        description: `One page (${browsePageSize} at most) of matching films as cards, best matches first`,
        schema: z.object({ films: z.array(card), total: z.number(), pages: z.number(), page: z.number() }),
      },
    },
  }),
  handler: async (req) => {
    const { q, locale, page } = parseParams(searchQuery, queryOf(req.searchParams))
    return Response.json(await search(locale, q, page), {
      // The same for everyone: a CDN may keep a search as long as the pages themselves.
      headers: { 'Cache-Control': cdnCacheControl() },
    })
  },
}
