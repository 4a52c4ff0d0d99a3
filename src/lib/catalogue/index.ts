import { unstable_cache } from 'next/cache'
import { cache } from 'react'
import type { Locale } from '@/i18n/locales'
import { browsePageSize, type BrowseQuery } from './browseQuery'
import { catalogueTag, filmTag, genreTag, homeTag, listsTag, personTag } from './cacheTags'
import * as read from './reads'
import type { BrowseFilter, BrowseResult, HomeRows } from './reads'

export type { FilmCard, FilmDetail, PersonDetail } from './types'
export type { BrowseQuery } from './browseQuery'
export type { BrowseResult, HomeRows } from './reads'
export { browsePageSize } from './browseQuery'

/**
 * All public catalogue reads, as an anonymous caller would see them (published films only, Lao
 * falling back to English). Each is cached under the tags of what it shows (./cacheTags.ts), which
 * editors' saves expire; and deduplicated per request with React's cache(), so a page's metadata and
 * its body, which miss the cache at the same moment, share one read.
 */
function cached<Args extends unknown[], Result>(
  name: string,
  reader: (...args: Args) => Promise<Result>,
  tagsOf: (...args: Args) => string[],
): (...args: Args) => Promise<Result> {
  return cache((...args: Args) =>
    unstable_cache(reader, [name], { tags: [catalogueTag, ...tagsOf(...args)], revalidate: 3600 })(...args),
  )
}

export const getHome = cached('home', read.readHome, () => [listsTag, homeTag])
/** How many genre rows the home page's HTML holds; the others load when they come into view. */
export const genreRowsInPage = 2

export type GenreRow = HomeRows['byGenre'][number]

/** The home page's genre rows below the fold (getHome's own cached data). */
export async function getHomeGenreRows(locale: Locale): Promise<GenreRow[]> {
  return (await getHome(locale)).byGenre.slice(genreRowsInPage)
}

// Its own entry: a film's save leaves it cached, so that film's page miss does not read it again.
const getDefaultPrice = cached('default-price', read.readDefaultPrice, () => [])
export const getFilm = cached(
  'film',
  (locale: Locale, slug: string) => read.readFilm(locale, slug, getDefaultPrice),
  (_locale, slug) => [filmTag(slug)],
)
export const getPerson = cached('person', read.readPerson, (_locale, id) => [personTag(id)])
export const listGenres = cached('genres', read.readGenres, () => [listsTag])
export const listYears = cached('years', read.readYears, () => [listsTag])
export const listSitemapEntries = cached('sitemap', read.readSitemapEntries, () => [listsTag])

// A genre's browse pages carry only that genre's tag: saving a film expires the genres it is (or
// was) in, and leaves the other genres' pages cached.
const browseTags = (filter: BrowseFilter) => (filter.genre ? [genreTag(filter.genre)] : [listsTag])
const countFiltered = cached('browse-count', read.readBrowseCount, browseTags)
const filteredPage = cached('browse', read.readBrowsePage, (_locale, filter) => browseTags(filter))

/**
 * One page of a search's results, best matches first. Never cached (see browseFilms): the index
 * answers in one statement and the cards in one more.
 */
export async function searchFilms(locale: Locale, q: string, page: number): Promise<BrowseResult> {
  return read.readSearch(locale, { q }, page)
}

/**
 * One page of the browse list. Only a bounded set of reads is cached: filters that exist (a known
 * genre, a year some film was released in), and pages that exist. A search (`q`) is never cached:
 * visitors can type any text, and each distinct text would be one more cache entry on disk forever.
 * `known` is false when a filter names nothing that exists, so the caller can answer 404.
 */
export async function browseFilms(
  locale: Locale,
  query: BrowseQuery,
  // The filter form lists them anyway; passed in so that the page reads them once.
  { genres, years }: { genres: { slug: string }[]; years: number[] },
): Promise<BrowseResult & { known: boolean }> {
  const page = Math.max(1, query.page ?? 1)
  const empty = { films: [], total: 0, pages: 0, page }
  const known =
    (!query.genre || genres.some((genre) => genre.slug === query.genre)) && (!query.year || years.includes(query.year))
  if (!known) return { ...empty, known }
  if (query.q?.trim()) return { ...(await read.readSearch(locale, query, page)), known }
  const filter = { genre: query.genre, year: query.year, type: query.type }
  const total = await countFiltered(filter)
  const pages = Math.ceil(total / browsePageSize)
  if (page > Math.max(1, pages)) return { ...empty, total, pages, known }
  return { ...(await filteredPage(locale, filter, query.sort ?? 'newest', page, total)), known }
}
