import { revalidateTag } from 'next/cache'
import { relayExpiry } from './cacheExpiryRelay'

/**
 * The cache tags of the public catalogue. Every cached read carries `catalogueTag` (so one call can
 * still expire everything) and the tags of what it shows, so that an editor's save expires only
 * the pages that show what changed (collections/shared/revalidateCatalogue.ts decides which).
 */
export const catalogueTag = 'catalogue'
/** Lists of films: home, browse (unfiltered, by year, by type), genre and year lists, sitemap. */
export const listsTag = 'catalogue:lists'
/** The home page's own data (featured films), besides the lists it shows. */
export const homeTag = 'catalogue:home'
/** A film's page, by the slug it is read by (a renamed film's old slug redirects from it). */
export const filmTag = (slug: string) => `catalogue:film:${slug}`
export const personTag = (id: number) => `catalogue:person:${id}`
/** The browse pages filtered by one genre. */
export const genreTag = (slug: string) => `catalogue:genre:${slug}`

/**
 * Expires these tags: the next visitor of a page carrying one gets it fresh. Outside Next's server
 * (the worker) the web instance is asked to do it (./cacheExpiryRelay.ts).
 */
export async function expireCacheTags(tags: Iterable<string>): Promise<void> {
  const unique = [...new Set(tags)]
  try {
    for (const tag of unique) revalidateTag(tag, { expire: 0 })
  } catch {
    await relayExpiry(unique)
  }
}

/** Expires every cached public catalogue page and query: the next visitor gets fresh ones. */
export function expireCatalogueCache(): Promise<void> {
  return expireCacheTags([catalogueTag])
}
