import { z } from 'zod'
import { filmTypes } from '../films/filmTypes'

/** Films per browse or search page. */
export const browsePageSize = 24

export const browseSorts = ['newest', 'oldest', 'title'] as const
export type BrowseSort = (typeof browseSorts)[number]

// Anything malformed in the address is ignored rather than refused: this is a page, not an API.
const browseParams = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  genre: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .optional()
    .catch(undefined),
  year: z.coerce.number().int().min(1888).max(2100).optional().catch(undefined),
  type: z.enum(filmTypes).optional().catch(undefined),
  sort: z.enum(browseSorts).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
})

export type BrowseQuery = z.infer<typeof browseParams>

export function parseBrowseQuery(search: URLSearchParams): BrowseQuery {
  const raw = Object.fromEntries(Object.keys(browseParams.shape).map((key) => [key, search.get(key) || undefined]))
  return browseParams.parse(raw)
}

/** The query in its canonical form: known parameters only, in one order, empty ones left out. */
export function browseSearch(query: BrowseQuery): string {
  const search = new URLSearchParams()
  for (const key of Object.keys(browseParams.shape) as (keyof BrowseQuery)[]) {
    const value = query[key]
    if (value !== undefined && value !== '') search.set(key, String(value))
  }
  return search.toString()
}

/** The search without its empty parameters, or null when it has none to drop. */
export function withoutEmptyParams(search: URLSearchParams): string | null {
  const kept = [...search].filter(([, value]) => value !== '')
  return kept.length < search.size ? new URLSearchParams(kept).toString() : null
}
