import type { Where } from 'payload'
import type { Locale } from '@/i18n/locales'
import { payloadClient } from '../payload'
import { toFilmCard } from './mappers'
import type { FilmCard } from './types'

export const published: Where = { _status: { equals: 'published' } }
export const asPublic = { overrideAccess: false, draft: false } as const
export const cardSelect = {
  title: true,
  slug: true,
  releaseDate: true,
  runtime: true,
  poster: true,
  video: { masterPlaylist: true },
} as const
/**
 * Cards are read past the video group's editors-only rule, always with `published` in the where, so
 * that they can say "coming soon" in the same statement (toFilmCard keeps only that, never where
 * the ladder lives); the film page reads its film the same way.
 */
export const asPublicCards = { overrideAccess: true, draft: false } as const
export const cardPopulate = {
  media: { url: true, filename: true, alt: true, width: true, height: true, sizes: true },
} as const

/**
 * The cards of these films, in this order (unpublished ones left out): one statement for the films
 * and one for their posters, whatever the number. Lists choose their ids first (a narrow query that
 * sorts and limits on the films table alone), so localized text is only ever read for the films
 * shown, never for the whole catalogue before a limit.
 */
export async function cardsByIds(locale: Locale, ids: number[]): Promise<FilmCard[]> {
  if (!ids.length) return []
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'movies',
    ...asPublicCards,
    locale,
    where: { and: [published, { id: { in: ids } }] },
    pagination: false,
    limit: ids.length,
    depth: 1,
    select: cardSelect,
    populate: cardPopulate,
  })
  const byId = new Map(docs.map((doc) => [doc.id, toFilmCard(doc)]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/** One page of published films matching `where`, as cards: ids first, then their cards. */
export async function cardPage(
  locale: Locale,
  where: Where,
  options: { sort: string; limit: number; page: number; total?: number },
): Promise<{ cards: FilmCard[]; total: number; pages: number }> {
  const payload = await payloadClient()
  const counted = options.total !== undefined
  const found = await payload.find({
    collection: 'movies',
    ...asPublic,
    locale,
    where: { and: [published, where] },
    sort: options.sort,
    limit: options.limit,
    page: options.page,
    // The caller that already counted (browse, whose count is cached apart) saves a statement.
    pagination: !counted,
    depth: 0,
    select: {},
  })
  const total = counted ? options.total! : found.totalDocs
  const ids = found.docs.map((doc) => doc.id)
  return { cards: await cardsByIds(locale, ids), total, pages: Math.ceil(total / options.limit) }
}
