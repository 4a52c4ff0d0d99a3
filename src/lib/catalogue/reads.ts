import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import { relationId } from '../database/relationId'
import { sqlFor } from '../database/sqlFor'
import { payloadClient } from '../payload'
import { initialDefaultPriceLak } from '../rentals/price'
import { searchMovieIds, searchMovieIdsPage } from '../search/movieSearch'
import { browsePageSize, type BrowseQuery, type BrowseSort } from './browseQuery'
import { asPublic, asPublicCards, cardPage, cardPopulate, cardSelect, cardsByIds, published } from './cards'
import { homeRowIds } from './homeRows'
import { imageOf, toFilmCard, toFilmDetail } from './mappers'
import { countFilms, selectFilmDocument, selectFilmIds, selectRenamedSlug } from './publicRows'
import type { FilmCard, FilmDetail, PersonDetail } from './types'

/**
 * The public catalogue's reads from the database, each what one cache miss costs. Cached and
 * tagged in ./index.ts; tests/int/catalogueCost.int.spec.ts counts their statements.
 */

export type HomeRows = {
  featured: FilmCard[]
  hero: FilmDetail | null
  newest: FilmCard[]
  byGenre: { slug: string; name: string; films: FilmCard[] }[]
}

export const homeRowSizes = { newest: 12, perGenre: 8 } as const

/** The whole home page in a fixed number of statements, however many genres and rows. */
export async function readHome(locale: Locale): Promise<HomeRows> {
  const payload = await payloadClient()
  const [homepage, rows, genres] = await Promise.all([
    payload.findGlobal({ slug: 'homepage', locale, depth: 0, overrideAccess: false }),
    homeRowIds(payload, homeRowSizes),
    findGenres(payload, locale),
  ])
  const featuredIds = (homepage.featured ?? []).map((film) => relationId(film))
  const allIds = [...new Set([...featuredIds, ...rows.newest, ...[...rows.byGenre.values()].flat()])]
  const cards = new Map((await cardsByIds(locale, allIds)).map((card) => [card.id, card]))
  const cardsOf = (ids: number[]) => ids.flatMap((id) => cards.get(id) ?? [])
  // The editors' order, skipping any featured film that is not published.
  const featured = cardsOf(featuredIds)
  const byGenre = genres
    .map((genre) => ({ slug: genre.slug, name: genre.name, films: cardsOf(rows.byGenre.get(genre.id) ?? []) }))
    .filter((row) => row.films.length > 0)
  const hero = featured[0] ? await readFilm(locale, featured[0].slug) : null
  return { featured, hero: hero && 'film' in hero ? hero.film : null, newest: cardsOf(rows.newest), byGenre }
}

export type FilmRead = { film: FilmDetail } | { redirectTo: string } | null

/** The site-wide price, for a film without one of its own. */
export async function readDefaultPrice(): Promise<number> {
  const payload = await payloadClient()
  const settings = await payload.findGlobal({ slug: 'rental-settings', overrideAccess: true })
  return settings.defaultPriceLak ?? initialDefaultPriceLak
}

/** `defaultPrice`: passed in so that the page reads it from its own cache entry (index.ts). */
export async function readFilm(
  locale: Locale,
  slug: string,
  defaultPrice: () => Promise<number> = readDefaultPrice,
): Promise<FilmRead> {
  // Read past the video group's editors-only rule (published films only), so the page learns in
  // the same statement whether it can be rented; toFilmDetail keeps whether and at which
  // qualities, never where the ladder lives.
  const film = await selectFilmDocument(locale, slug)
  if (film) return { film: toFilmDetail(film, film.rentalPriceLak ?? (await defaultPrice()), film) }
  const renamedTo = await selectRenamedSlug(slug)
  return renamedTo ? { redirectTo: renamedTo } : null
}

export async function readPerson(locale: Locale, id: number): Promise<PersonDetail | null> {
  const payload = await payloadClient()
  const person = await payload
    .findByID({ collection: 'people', id, locale, depth: 1, overrideAccess: false })
    .catch(() => null)
  if (!person) return null
  const { docs } = await payload.find({
    collection: 'movies',
    ...asPublicCards,
    locale,
    where: { and: [published, { or: [{ 'cast.person': { equals: id } }, { 'crew.person': { equals: id } }] }] },
    depth: 1,
    limit: 200,
    pagination: false,
    sort: '-releaseDate',
    select: { ...cardSelect, cast: true, crew: true },
    populate: cardPopulate,
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
}

export type BrowseResult = { films: FilmCard[]; total: number; pages: number; page: number }
export type BrowseFilter = Pick<BrowseQuery, 'genre' | 'year' | 'type'>

export async function readBrowseCount(filter: BrowseFilter): Promise<number> {
  return countFilms(filter)
}

export async function readBrowsePage(
  locale: Locale,
  filter: BrowseFilter,
  sort: BrowseSort,
  page: number,
  total: number,
): Promise<BrowseResult> {
  const { cards, pages } = await cardPage(locale, filter, { sort, limit: browsePageSize, page, total })
  return { films: cards, total, pages, page }
}

// Search: the index ranks every match; filters narrow them; an explicit sort overrides the rank.
export async function readSearch(locale: Locale, query: BrowseQuery, page: number): Promise<BrowseResult> {
  if (!query.sort && !query.genre && !query.year && !query.type) {
    // A plain search: the index hands back the page's ids and the count, never every match.
    const { ids, total } = await searchMovieIdsPage(query.q!, {
      limit: browsePageSize,
      offset: (page - 1) * browsePageSize,
    })
    return { films: await cardsByIds(locale, ids), total, pages: Math.ceil(total / browsePageSize), page }
  }
  const ranked = await searchMovieIds(query.q!, 100_000)
  if (!ranked.length) return { films: [], total: 0, pages: 0, page }
  const filter = { genre: query.genre, year: query.year, type: query.type, ids: ranked }
  if (query.sort) {
    const { cards, total, pages } = await cardPage(locale, filter, { sort: query.sort, limit: browsePageSize, page })
    return { films: cards, total, pages, page }
  }
  const allowed = new Set(await selectFilmIds(locale, filter, 'newest'))
  const matches = ranked.filter((id) => allowed.has(id))
  const pageIds = matches.slice((page - 1) * browsePageSize, page * browsePageSize)
  return {
    films: await cardsByIds(locale, pageIds),
    total: matches.length,
    pages: Math.ceil(matches.length / browsePageSize),
    page,
  }
}

/**
 * Every genre, by name: few enough (tens) to read whole, and sorted here, because sorting by a
 * localized field costs Payload a second statement.
 */
export async function findGenres(payload: Payload, locale: Locale) {
  const { docs } = await payload.find({
    collection: 'genres',
    locale,
    depth: 0,
    limit: 100,
    pagination: false,
    overrideAccess: false,
    select: { name: true, slug: true },
  })
  // A genre saved without a name in any language (possible through the API) is left out, not shown blank.
  return docs.filter((genre) => genre.name).sort((a, b) => a.name.localeCompare(b.name, locale))
}

export async function readGenres(locale: Locale) {
  return (await findGenres(await payloadClient(), locale)).map((g) => ({ slug: g.slug, name: g.name }))
}

export async function readYears(): Promise<number[]> {
  const db = await sqlFor(await payloadClient())
  const { rows } = await db.execute(sql`
    SELECT DISTINCT EXTRACT(YEAR FROM release_date)::int AS year FROM movies
    WHERE _status = 'published' AND release_date IS NOT NULL ORDER BY year DESC`)
  return rows.map((row) => Number(row.year))
}

export async function readSitemapEntries() {
  const payload = await payloadClient()
  const [movies, people] = await Promise.all([
    payload.find({
      collection: 'movies',
      ...asPublic,
      where: published,
      depth: 0,
      limit: 50_000,
      pagination: false,
      select: { slug: true, updatedAt: true },
    }),
    payload.find({
      collection: 'people',
      depth: 0,
      limit: 50_000,
      pagination: false,
      overrideAccess: false,
      select: { updatedAt: true },
    }),
  ])
  return {
    movies: movies.docs.map((m) => ({ slug: m.slug, updatedAt: m.updatedAt })),
    people: people.docs.map((p) => ({ id: p.id, updatedAt: p.updatedAt })),
  }
}
