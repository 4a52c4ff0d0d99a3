import { revalidateTag } from 'next/cache'

/** The cache tag of everything the public catalogue pages read. */
export const catalogueTag = 'catalogue'

/** Expires every cached public catalogue page and query: the next visitor gets fresh ones. */
export function expireCatalogueCache(): void {
  try {
    revalidateTag(catalogueTag, { expire: 0 })
  } catch {
    // Outside a Next.js server (scripts, tests) there is no page cache to expire.
  }
}
