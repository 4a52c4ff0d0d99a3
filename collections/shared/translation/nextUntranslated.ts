import type { PayloadRequest, Where } from 'payload'
import { translatableCollections, type TranslatableCollection } from './translatable'

export type DocumentRef = { collection: TranslatableCollection; id: number }

/**
 * The next document that still needs Lao, after the one given: later in the same collection first,
 * then the collections after it (films, people, genres), then from the start, skipping the current
 * one. Read with the editor's own access.
 */
export async function nextUntranslated(req: PayloadRequest, after?: DocumentRef): Promise<DocumentRef | null> {
  const start = after ? translatableCollections.indexOf(after.collection) : 0
  const order = [...translatableCollections.slice(start), ...translatableCollections.slice(0, start)]
  const needsLao: Where = { needsLao: { equals: true } }
  const tries: { collection: TranslatableCollection; where: Where }[] = order.map((collection, index) => ({
    collection,
    where: index === 0 && after ? { and: [needsLao, { id: { greater_than: after.id } }] } : needsLao,
  }))
  // Wrapping round: earlier documents of the current collection.
  if (after) {
    tries.push({
      collection: after.collection,
      where: { and: [needsLao, { id: { less_than: after.id } }] },
    })
  }
  for (const { collection, where } of tries) {
    const { docs } = await req.payload.find({
      collection,
      where,
      sort: 'id',
      limit: 1,
      depth: 0,
      draft: collection === 'movies',
      select: { needsLao: true },
      overrideAccess: false,
      user: req.user,
    })
    if (docs[0]) return { collection, id: docs[0].id }
  }
  return null
}
