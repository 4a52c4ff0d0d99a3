import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  Payload,
  PayloadRequest,
} from 'payload'
import { expireCacheTags } from '@/lib/catalogue/cacheTags'
import { everythingTags, filmTags, genreTags, homepageTags, personTags } from '@/lib/catalogue/expiry'

/**
 * Public pages and their data are cached under tags per film, person, genre and list; an editor's
 * change expires the tags of what it touches (src/lib/catalogue/expiry.ts decides which).
 * Bulk writes (seed, TMDB import) pass `disableRevalidate` and expire once, after their commit.
 */
type Tagger = (payload: Payload, req: PayloadRequest, doc: never, previousDoc: never) => Promise<string[]> | string[]

const byCollection: Record<string, Tagger> = {
  movies: (payload, req, doc, previousDoc) => filmTags(payload, req, [doc, previousDoc]),
  people: (payload, req, doc) => personTags(payload, req, doc),
  // On create, previousDoc is an empty object.
  genres: (payload, req, doc, previousDoc) =>
    genreTags(
      payload,
      req,
      [doc, previousDoc].filter((genre: { id?: unknown } | undefined) => typeof genre?.id === 'number'),
    ),
}

async function expire(slug: string, req: PayloadRequest, doc: unknown, previousDoc: unknown) {
  if (req.context?.disableRevalidate) return
  const tagger = byCollection[slug] ?? everythingTags
  await expireCacheTags(await tagger(req.payload, req, doc as never, previousDoc as never))
}

export const revalidateCatalogue: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  await expire(collection.slug, req, doc, previousDoc)
  return doc
}

export const revalidateCatalogueAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await expire(collection.slug, req, doc, undefined)
}

export const revalidateCatalogueGlobal: GlobalAfterChangeHook = async ({ doc, global, req }) => {
  if (!req.context?.disableRevalidate) {
    await expireCacheTags(global.slug === 'homepage' ? homepageTags() : everythingTags())
  }
  return doc
}
