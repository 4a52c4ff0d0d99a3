import type { Media, Movie } from '../../../payload-types'
import { defaultLocale, type Locale } from '@/i18n/locales'
import { namedQuery } from '../database/namedQuery'
import type { BrowseSort } from './browseQuery'

/**
 * The catalogue's two hottest reads, a page of cards and a film page, each in one SQL statement
 * (issue 15). Through Payload's find they cost a statement per populated collection and about
 * 5 ms of CPU building and reshaping the query, most of a cache miss's budget.
 *
 * The rows come back shaped as Payload's own documents (only the fields read here), so the one
 * mapping to what pages show stays in ./mappers.ts, and follow Payload's rules for anonymous
 * readers: published films only, each localized field in the asked language falling back to
 * English (`fallback: true`), upload URLs as Payload serves them. tests/int/publicRows.int.spec.ts
 * compares them with Payload's find on the same films.
 */

type ImageSize = 'thumbnail' | 'card' | 'hero'
type StoredMedia = {
  id: number
  filename: string | null
  alt: string | null
  width: number | null
  height: number | null
  sizes: Partial<Record<ImageSize, { filename: string | null; width: number | null; height: number | null }>>
}

// As Payload's upload fields answer (payload/uploads/generateFilePathOrURL), relative to the site.
const fileUrl = (filename: string | null) => (filename ? `/api/media/file/${encodeURIComponent(filename)}` : null)

/** The document Payload would populate, from the columns the SQL below picks. */
function asMedia(stored: StoredMedia | null): Media | null {
  if (!stored) return null
  const sizes = Object.fromEntries(
    Object.entries(stored.sizes).map(([name, size]) => [name, { ...size, url: fileUrl(size.filename) }]),
  )
  return { ...stored, url: fileUrl(stored.filename), sizes } as unknown as Media
}

// Column names come from this fixed list, never from input.
const sizeColumns: Record<ImageSize, string> = {
  thumbnail: 'sizes_thumbnail',
  card: 'sizes_card',
  hero: 'sizes_hero',
}

/** A media document as JSON: `idColumn` names the upload field's column; $1 is the locale. */
function mediaJson(idColumn: string, size: ImageSize): string {
  const s = sizeColumns[size]
  return `(SELECT json_build_object(
      'id', md.id, 'filename', md.filename, 'width', md.width, 'height', md.height,
      'alt', COALESCE(ml.alt, me.alt),
      'sizes', json_build_object('${size}', json_build_object(
        'filename', md.${s}_filename, 'width', md.${s}_width, 'height', md.${s}_height)))
    FROM media md
    LEFT JOIN media_locales ml ON ml._parent_id = md.id AND ml._locale = $1
    LEFT JOIN media_locales me ON me._parent_id = md.id AND me._locale = '${defaultLocale}'
    WHERE md.id = ${idColumn})`
}

// Payload's dates, as it answers them: ISO 8601 in UTC with milliseconds.
const isoDate = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`

/** The localized text of movie `m` (l) in the language `localeParam` names, and in English (e). */
const movieTextIn = (localeParam: string) => `
  LEFT JOIN movies_locales l ON l._parent_id = m.id AND l._locale = ${localeParam}
  LEFT JOIN movies_locales e ON e._parent_id = m.id AND e._locale = '${defaultLocale}'`
const movieText = movieTextIn('$1')

type CardRow = Pick<Movie, 'id' | 'slug' | 'title' | 'releaseDate' | 'runtime'> & {
  poster: StoredMedia | null
  video: { masterPlaylist: string | null }
}

export type CardDocument = Omit<CardRow, 'poster'> & Pick<Movie, 'poster'>

const cardsStatement = `
  SELECT json_build_object(
    'id', m.id, 'slug', m.slug, 'title', COALESCE(l.title, e.title),
    'releaseDate', ${isoDate('m.release_date')}, 'runtime', m.runtime,
    'poster', ${mediaJson('m.poster_id', 'card')},
    'video', json_build_object('masterPlaylist', m.video_master_playlist)) AS doc
  FROM movies m ${movieText}
  WHERE m.id = ANY($2::int[]) AND m._status = 'published'`

/** These published films' card fields (any order; unpublished and unknown ids left out). */
export async function selectCardDocuments(locale: Locale, ids: number[]): Promise<CardDocument[]> {
  if (!ids.length) return []
  const rows = await namedQuery<{ doc: CardRow }>(cardsStatement, [locale, ids])
  return rows.map(({ doc }) => ({ ...doc, poster: asMedia(doc.poster) }))
}

type FilmRow = Omit<Movie, 'poster' | 'backdrop' | 'cast' | 'crew' | 'genres'> & {
  poster: StoredMedia | null
  backdrop: StoredMedia | null
  genres: { id: number; slug: string; name: string }[] | null
  cast: { id: string; order: number | null; character: string | null; person: { id: number; name: string } }[] | null
  crew: { id: string; department: string; job: string | null; person: { id: number; name: string } }[] | null
}

/** Person p's name in language $1, English where it has none. */
const personJson = `json_build_object('id', p.id, 'name', COALESCE(
    (SELECT name FROM people_locales WHERE _parent_id = p.id AND _locale = $1),
    (SELECT name FROM people_locales WHERE _parent_id = p.id AND _locale = '${defaultLocale}')))`

const filmStatement = `
  SELECT json_build_object(
    'id', m.id, 'slug', m.slug, '_status', m._status,
    'title', COALESCE(l.title, e.title), 'tagline', COALESCE(l.tagline, e.tagline),
    'overview', COALESCE(l.overview, e.overview),
    'originalTitle', m.original_title, 'releaseDate', ${isoDate('m.release_date')}, 'runtime', m.runtime,
    'trailerYoutubeKey', m.trailer_youtube_key,
    'rentalPriceLak', m.rental_price_lak, 'rentalWindowHours', m.rental_window_hours,
    'poster', ${mediaJson('m.poster_id', 'card')},
    'backdrop', ${mediaJson('m.backdrop_id', 'hero')},
    'trailer', json_build_object('masterPlaylist', m.trailer_master_playlist),
    'video', json_build_object(
      'masterPlaylist', m.video_master_playlist, 'durationSeconds', m.video_duration_seconds,
      'variants', COALESCE((SELECT json_agg(json_build_object('name', v.name, 'height', v.height,
          'bandwidth', v.bandwidth) ORDER BY v._order)
        FROM movies_video_variants v WHERE v._parent_id = m.id), '[]'::json)),
    'genres', (SELECT json_agg(json_build_object('id', g.id, 'slug', g.slug, 'name', COALESCE(gl.name, ge.name))
        ORDER BY r."order")
      FROM movies_rels r JOIN genres g ON g.id = r.genres_id
      LEFT JOIN genres_locales gl ON gl._parent_id = g.id AND gl._locale = $1
      LEFT JOIN genres_locales ge ON ge._parent_id = g.id AND ge._locale = '${defaultLocale}'
      WHERE r.parent_id = m.id AND r.path = 'genres'),
    'cast', (SELECT json_agg(json_build_object('id', c.id, 'order', c."order",
          'character', COALESCE(cl.character, ce.character), 'person', ${personJson}) ORDER BY c._order)
      FROM movies_cast c JOIN people p ON p.id = c.person_id
      LEFT JOIN movies_cast_locales cl ON cl._parent_id = c.id AND cl._locale = $1
      LEFT JOIN movies_cast_locales ce ON ce._parent_id = c.id AND ce._locale = '${defaultLocale}'
      WHERE c._parent_id = m.id),
    'crew', (SELECT json_agg(json_build_object('id', c.id, 'department', c.department,
          'job', COALESCE(cl.job, ce.job), 'person', ${personJson}) ORDER BY c._order)
      FROM movies_crew c JOIN people p ON p.id = c.person_id
      LEFT JOIN movies_crew_locales cl ON cl._parent_id = c.id AND cl._locale = $1
      LEFT JOIN movies_crew_locales ce ON ce._parent_id = c.id AND ce._locale = '${defaultLocale}'
      WHERE c._parent_id = m.id)) AS doc
  FROM movies m ${movieText}
  WHERE m.slug = $2 AND m._status = 'published'`

const renamedStatement = `
  SELECT m.slug FROM movies_previous_slugs ps JOIN movies m ON m.id = ps._parent_id
  WHERE ps.slug = $1 AND m._status = 'published' LIMIT 1`

/**
 * A published film with everything its page shows, video facts included (the caller keeps only
 * whether and at which qualities it can be rented), or null.
 */
export async function selectFilmDocument(locale: Locale, slug: string): Promise<Movie | null> {
  const rows = await namedQuery<{ doc: FilmRow }>(filmStatement, [locale, slug])
  const doc = rows[0]?.doc
  if (!doc) return null
  return {
    ...doc,
    poster: asMedia(doc.poster),
    backdrop: asMedia(doc.backdrop),
    genres: doc.genres ?? [],
    cast: doc.cast ?? [],
    crew: doc.crew ?? [],
  } as unknown as Movie
}

/** The current slug of the published film that once had this one, or null. */
export async function selectRenamedSlug(slug: string): Promise<string | null> {
  const rows = await namedQuery<{ slug: string }>(renamedStatement, [slug])
  return rows[0]?.slug ?? null
}

/** Which published films a list shows: a genre (by slug), a year, a type, and/or among these ids. */
export type FilmFilter = { genre?: string; year?: number; type?: string; ids?: number[] }

/** The WHERE clause for `filter` on movies `m`, its values appended to `params`. */
function filterSql(filter: FilmFilter, params: unknown[]): string {
  const value = (v: unknown) => `$${params.push(v)}`
  const conditions = [`m._status = 'published'`]
  // By the genre's slug through the relationship: no statement to look the genre up first.
  if (filter.genre)
    conditions.push(`EXISTS (SELECT 1 FROM movies_rels r JOIN genres g ON g.id = r.genres_id
      WHERE r.parent_id = m.id AND r.path = 'genres' AND g.slug = ${value(filter.genre)})`)
  if (filter.year)
    conditions.push(
      `m.release_date >= ${value(`${filter.year}-01-01`)}::timestamptz`,
      `m.release_date < ${value(`${filter.year + 1}-01-01`)}::timestamptz`,
    )
  if (filter.type) conditions.push(`m.type::text = ${value(filter.type)}`)
  if (filter.ids) conditions.push(`m.id = ANY(${value(filter.ids)}::int[])`)
  return conditions.join(' AND ')
}

// Newest walks movies_status_release_date_idx (_status, release_date DESC NULLS LAST, id DESC) and
// stops at the page; the home page's rows (./homeRows.ts) order the same way. Either way a film
// without a release date comes last.
const orderSql: Record<BrowseSort, string> = {
  newest: 'm.release_date DESC NULLS LAST, m.id DESC',
  oldest: 'm.release_date ASC, m.id ASC',
  title: 'COALESCE(l.title, e.title), m.id',
}

/**
 * The ids of one page of published films matching `filter`, in `order` (all of them without a
 * limit): only the films table (and, to sort by title, the titles), never the rest of a film.
 */
export async function selectFilmIds(
  locale: Locale,
  filter: FilmFilter,
  order: BrowseSort,
  page?: { limit: number; offset: number },
): Promise<number[]> {
  const params: unknown[] = []
  const titles = order === 'title' ? movieTextIn(`$${params.push(locale)}`) : ''
  const where = filterSql(filter, params)
  const limit = page ? `LIMIT $${params.push(page.limit)} OFFSET $${params.push(page.offset)}` : ''
  const sql = `SELECT m.id FROM movies m ${titles} WHERE ${where} ORDER BY ${orderSql[order]} ${limit}`
  const rows = await namedQuery<{ id: number }>(sql, params)
  return rows.map((row) => row.id)
}

/** How many published films match `filter`. */
export async function countFilms(filter: FilmFilter): Promise<number> {
  const params: unknown[] = []
  const sql = `SELECT count(*) AS n FROM movies m WHERE ${filterSql(filter, params)}`
  const rows = await namedQuery<{ n: string }>(sql, params)
  return Number(rows[0]!.n)
}
