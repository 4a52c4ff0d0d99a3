import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'
import { expireCatalogueCache } from '@/lib/catalogue/cacheTags'

/**
 * Public pages and their data are cached; any editor's change to what they show expires them.
 * Bulk writes (seed, TMDB import) pass `disableRevalidate` and expire once, after their commit.
 */
const expireUnlessBulk = (context: Record<string, unknown> | undefined) => {
  if (!context?.disableRevalidate) expireCatalogueCache()
}

export const revalidateCatalogue: CollectionAfterChangeHook = ({ doc, context }) => {
  expireUnlessBulk(context)
  return doc
}

export const revalidateCatalogueAfterDelete: CollectionAfterDeleteHook = ({ context }) => expireUnlessBulk(context)

export const revalidateCatalogueGlobal: GlobalAfterChangeHook = ({ doc, context }) => {
  expireUnlessBulk(context)
  return doc
}
