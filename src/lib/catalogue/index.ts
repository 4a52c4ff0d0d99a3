import { sql } from '@payloadcms/db-postgres'
import { unstable_cache } from 'next/cache'
import { rentalPriceOf } from '../rentals/price'
import { publishedMovie } from '../films/publishedMovie'
import type { Payload, Where } from 'payload'
import type { Movie } from '../../../payload-types'
import type { Locale } from '@/i18n/locales'
import { relationId } from '../database/relationId'
import { sqlFor } from '../database/sqlFor'
import { payloadClient } from '../payload'
import { searchMovieIds } from '../search/movieSearch'
import type { BrowseQuery, BrowseSort } from './browseQuery'
import { catalogueTag } from './cacheTags'
import { toFilmCard, toFilmDetail, imageOf } from './mappers'
import type { FilmCard, FilmDetail, PersonDetail } from './types'

export type { FilmCard, FilmDetail, PersonDetail } from './types'
export type { BrowseQuery } from './browseQuery'

/**
 * All public catalogue reads. Each is cached under the catalogue tag, which editors' saves expire
 * (collections/shared/revalidateCatalogue.ts), and reads as an anonymous caller would: published
 * films only, Lao falling back to English.
 */
const cached = <Args extends unknown[], Result>(name: string, read: (...args: Args) => Promise<Result>) =>
  unstable_cache(read, [name], { tags: [catalogueTag], revalidate: 3600 })

const published: Where = { _status: { equals: 'published' } }
const cardSelect = { title: true, slug: true, releaseDate: true, runtime: true, poster: true } as const
const asPublic = { overrideAccess: false, draft: false } as const

async function findCards(locale: Locale, where: Where, options: { sort?: string; limit?: number; page?: number } = {}) {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'movies',
    ...asPublic,
    locale,
    where: { and: [published, where] },
    sort: options.sort ?? '-releaseDate',
    limit: options.limit ?? 12,
    page: options.page ?? 1,
    depth: 1,
    select: cardSelect,
    populate: { media: { url: true, alt: true, width: true, height: true, sizes: true } },
  })
  return { cards: result.docs.map(toFilmCard), total: result.totalDocs, pages: result.totalPages }
}

export type HomeRows = {
  featured: FilmCard[]
  hero: FilmDetail | null
  newest: FilmCard[]
  byGenre: { slug: string; name: string; films: FilmCard[] }[]
}

export const getHome = cached('home', async (locale: Locale): Promise<HomeRows> => {
  const payload = await payloadClient()
  const homepage = await payload.findGlobal({ slug: 'homepage', locale, depth: 0, overrideAccess: false })
  const featuredIds = (homepage.featured ?? []).map(relationId)
  const [featuredFound, newest, genres] = await Promise.all([
    featuredIds.length ? findCards(locale, { id: { in: featuredIds } }, { limit: featuredIds.length }) : { cards: [] },
    findCards(locale, {}, { limit: 12 }),
    findGenres(payload, locale),
  ])
  // The editors' order, skipping any featured film that is not published.
  const featured = featuredIds.flatMap((id) => featuredFound.cards.filter((card) => card.id === id))
  const byGenre = (
    await Promise.all(
      genres.map(async (genre) => ({
        slug: genre.slug,
        name: genre.name,
        films: (await findCards(locale, { genres: { in: [genre.id] } }, { limit: 8 })).cards,
      })),
    )
  ).filter((row) => row.films.length > 0)
  const hero = featured[0] ? await getFilm(locale, featured[0].slug) : null
  return { featured, hero: hero && 'film' in hero ? hero.film : null, newest: newest.cards, byGenre }
})

export const getFilm = cached(
  'film',
  async (locale: Locale, slug: string): Promise<{ film: FilmDetail } | { redirectTo: string } | null> => {
    const payload = await payloadClient()
    const find = (where: Where) =>
      payload.find({
        collection: 'movies',
        ...asPublic,
        locale,
        where: { and: [published, where] },
        depth: 2,
        limit: 1,
        populate: { people: { name: true, profile: true }, genres: { name: true, slug: true } },
      })
    const { docs } = await find({ slug: { equals: slug } })
    const movie = docs[0] as Movie | undefined
    if (movie) {
      const [price, video] = await Promise.all([
        rentalPriceOf(payload, movie),
        // The video group is for editors through the API; the server reads whether it is ready.
        publishedMovie(payload, movie.id, { fields: ['video'] }),
      ])
      return { film: toFilmDetail(movie, price, video) }
    }
    const renamed = await find({ 'previousSlugs.slug': { equals: slug } })
    return renamed.docs[0] ? { redirectTo: renamed.docs[0].slug } : null
  },
)

export const getPerson = cached('person', async (locale: Locale, id: number): Promise<PersonDetail | null> => {
  const payload = await payloadClient()
  const person = await payload
    .findByID({ collection: 'people', id, locale, depth: 1, overrideAccess: false })
    .catch(() => null)
  if (!person) return null
  const { docs } = await payload.find({
    collection: 'movies',
    ...asPublic,
    locale,
    where: { and: [published, { or: [{ 'cast.person': { equals: id } }, { 'crew.person': { equals: id } }] }] },
    depth: 1,
    limit: 200,
    sort: '-releaseDate',
    select: { ...cardSelect, cast: true, crew: true },
    populate: { media: { url: true, alt: true, width: true, height: true, sizes: true } },
  })
  return {
    id: person.id,
    name: person.name,
    biography: person.biography ?? null,
    birthday: person.birthday ?? null,
    placeOfBirth: person.placeOfBirth ?? null,
    knownForDepartment: person.knownForDepartment ?? null,
    profile: imageOf(person.profile, 'card'),
    asCast: docs.flatMap((movie) =>
      (movie.cast ?? [])
        .filter((row) => relationId(row.person) === id)
        .slice(0, 1)
        .map((row) => ({ ...toFilmCard(movie), character: row.character ?? null })),
    ),
    asCrew: docs.flatMap((movie) =>
      (movie.crew ?? [])
        .filter((row) => relationId(row.person) === id)
        .map((row) => ({ ...toFilmCard(movie), job: row.job ?? null })),
    ),
  }
})

export const browsePageSize = 24
const sortFields = { newest: '-releaseDate', oldest: 'releaseDate', title: 'title' } as const

export type BrowseResult = { films: FilmCard[]; total: number; pages: number; page: number }

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
  if (query.q?.trim()) return { ...(await searchFilms(locale, query, page)), known }
  const filter = { genre: query.genre, year: query.year, type: query.type }
  const total = await countFiltered(filter)
  const pages = Math.ceil(total / browsePageSize)
  if (page > Math.max(1, pages)) return { ...empty, total, pages, known }
  return { ...(await filteredPage(locale, filter, query.sort ?? 'newest', page)), known }
}

type BrowseFilter = Pick<BrowseQuery, 'genre' | 'year' | 'type'>

async function filterWhere({ genre, year, type }: BrowseFilter): Promise<Where[]> {
  const payload = await payloadClient()
  const filters: Where[] = []
  if (genre) {
    const found = await payload.find({
      collection: 'genres',
      where: { slug: { equals: genre } },
      limit: 1,
      depth: 0,
      overrideAccess: false,
      select: {},
    })
    filters.push({ genres: { in: found.docs.map((g) => g.id).concat(-1) } })
  }
  if (year)
    filters.push(
      { releaseDate: { greater_than_equal: `${year}-01-01` } },
      { releaseDate: { less_than: `${year + 1}-01-01` } },
    )
  if (type) filters.push({ type: { equals: type } })
  return filters
}

const countFiltered = cached('browse-count', async (filter: BrowseFilter): Promise<number> => {
  const payload = await payloadClient()
  const { totalDocs } = await payload.count({
    collection: 'movies',
    ...asPublic,
    where: { and: [published, ...(await filterWhere(filter))] },
  })
  return totalDocs
})

const filteredPage = cached(
  'browse',
  async (locale: Locale, filter: BrowseFilter, sort: BrowseSort, page: number): Promise<BrowseResult> => {
    const { cards, total, pages } = await findCards(
      locale,
      { and: await filterWhere(filter) },
      { sort: sortFields[sort], limit: browsePageSize, page },
    )
    return { films: cards, total, pages, page }
  },
)

// Search: the index ranks every match; filters narrow them; an explicit sort overrides the rank.
async function searchFilms(locale: Locale, query: BrowseQuery, page: number): Promise<BrowseResult> {
  const payload = await payloadClient()
  const ranked = await searchMovieIds(payload, query.q!, 100_000)
  if (!ranked.length) return { films: [], total: 0, pages: 0, page }
  const filters = await filterWhere(query)
  if (query.sort) {
    const { cards, total, pages } = await findCards(
      locale,
      { and: [...filters, { id: { in: ranked } }] },
      { sort: sortFields[query.sort], limit: browsePageSize, page },
    )
    return { films: cards, total, pages, page }
  }
  let matches = ranked
  if (filters.length) {
    const { docs } = await payload.find({
      collection: 'movies',
      ...asPublic,
      where: { and: [published, ...filters, { id: { in: ranked } }] },
      depth: 0,
      pagination: false,
      select: {},
    })
    const allowed = new Set(docs.map((doc) => doc.id))
    matches = ranked.filter((id) => allowed.has(id))
  }
  const pageIds = matches.slice((page - 1) * browsePageSize, page * browsePageSize)
  const { cards } = pageIds.length
    ? await findCards(locale, { id: { in: pageIds } }, { limit: pageIds.length })
    : { cards: [] }
  return {
    films: pageIds.flatMap((id) => cards.filter((card) => card.id === id)),
    total: matches.length,
    pages: Math.ceil(matches.length / browsePageSize),
    page,
  }
}

/** Every genre, by name: few enough (tens) to read whole. */
async function findGenres(payload: Payload, locale: Locale) {
  const { docs } = await payload.find({
    collection: 'genres',
    locale,
    depth: 0,
    limit: 100,
    sort: 'name',
    overrideAccess: false,
    select: { name: true, slug: true },
  })
  return docs
}

export const listGenres = cached('genres', async (locale: Locale) =>
  (await findGenres(await payloadClient(), locale)).map((g) => ({ slug: g.slug, name: g.name })),
)

export const listYears = cached('years', async (): Promise<number[]> => {
  const db = await sqlFor(await payloadClient())
  const { rows } = await db.execute(sql`
    SELECT DISTINCT EXTRACT(YEAR FROM release_date)::int AS year FROM movies
    WHERE _status = 'published' AND release_date IS NOT NULL ORDER BY year DESC`)
  return rows.map((row) => Number(row.year))
})

export const listSitemapEntries = cached('sitemap', async () => {
  const payload = await payloadClient()
  const [movies, people] = await Promise.all([
    payload.find({
      collection: 'movies',
      ...asPublic,
      where: published,
      depth: 0,
      limit: 50_000,
      select: { slug: true, updatedAt: true },
    }),
    payload.find({ collection: 'people', depth: 0, limit: 50_000, overrideAccess: false, select: { updatedAt: true } }),
  ])
  return {
    movies: movies.docs.map((m) => ({ slug: m.slug, updatedAt: m.updatedAt })),
    people: people.docs.map((p) => ({ id: p.id, updatedAt: p.updatedAt })),
  }
})
