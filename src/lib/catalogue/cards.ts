import type { Where } from 'payload'
import type { Locale } from '@/i18n/locales'
import { toFilmCard } from './mappers'
import type { BrowseSort } from './browseQuery'
import { countFilms, selectCardDocuments, selectFilmIds, type FilmFilter } from './publicRows'
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
 * The cards of these films, in this order (unpublished ones left out): one statement, whatever the
 * number (./publicRows.ts). Lists choose their ids first (a narrow query that sorts and limits on
 * the films table alone), so localized text is only ever read for the films shown, never for the
 * whole catalogue before a limit.
 */
export async function cardsByIds(locale: Locale, ids: number[]): Promise<FilmCard[]> {
  const docs = await selectCardDocuments(locale, ids)
  const byId = new Map(docs.map((doc) => [doc.id, toFilmCard(doc)]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/** One page of published films matching `filter`, as cards: ids first, then their cards. */
export async function cardPage(
  locale: Locale,
  filter: FilmFilter,
  options: { sort: BrowseSort; limit: number; page: number; total?: number },
): Promise<{ cards: FilmCard[]; total: number; pages: number }> {
  const [ids, total] = await Promise.all([
    selectFilmIds(locale, filter, options.sort, { limit: options.limit, offset: (options.page - 1) * options.limit }),
    // The caller that already counted (browse, whose count is cached apart) saves a statement.
    options.total ?? countFilms(filter),
  ])
  return { cards: await cardsByIds(locale, ids), total, pages: Math.ceil(total / options.limit) }
}
