import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'
import type { Movie, Person } from '../../../payload-types'
import { locales, type Locale } from '@/i18n/locales'
import { namedQuery } from '../database/namedQuery'
import { sqlFor } from '../database/sqlFor'
import { indexGrams, normalizeForSearch, queryGrams } from './normalize'

type AllLocales = Partial<Record<Locale, string | null>>

/**
 * Keeps one `movie_search` row per published film: its English and Lao titles, original title,
 * and the names (both languages) of its cast and directors. Unpublished films have no row.
 */
export async function indexMovie(payload: Payload, id: number, req?: Partial<PayloadRequest>): Promise<void> {
  const db = await sqlFor(payload, req)
  const { docs } = await payload.find({
    collection: 'movies',
    where: { id: { equals: id } },
    locale: 'all',
    depth: 1,
    draft: false,
    overrideAccess: true,
    req,
    limit: 1,
    populate: { people: { name: true } },
    select: { title: true, originalTitle: true, cast: true, crew: true, _status: true },
  })
  const movie = docs[0] as unknown as (Omit<Movie, 'title'> & { title: AllLocales }) | undefined
  if (!movie || movie._status !== 'published') {
    await db.execute(sql`DELETE FROM movie_search WHERE movie_id = ${id}`)
    return
  }
  const names = (person: unknown) => {
    const name = (person as { name?: AllLocales } | null)?.name
    return locales.map((locale) => name?.[locale])
  }
  const terms = [
    ...new Set(
      [
        ...locales.map((locale) => movie.title?.[locale]),
        movie.originalTitle,
        ...(movie.cast ?? []).flatMap((row) => names(row.person as Person)),
        ...(movie.crew ?? [])
          .filter((row) => row.department === 'directing')
          .flatMap((row) => names(row.person as Person)),
      ]
        .filter((term): term is string => typeof term === 'string' && term.trim() !== '')
        .map(normalizeForSearch),
    ),
  ]
  const json = (value: unknown) => JSON.stringify(value)
  await db.execute(sql`
    INSERT INTO movie_search (movie_id, terms, haystack, grams, title_sort)
    VALUES (
      ${id},
      ARRAY(SELECT jsonb_array_elements_text(${json(terms)}::jsonb)),
      ${terms.join('\n')},
      ARRAY(SELECT jsonb_array_elements_text(${json(indexGrams(terms))}::jsonb)),
      ${normalizeForSearch(movie.title?.en ?? '')}
    )
    ON CONFLICT (movie_id) DO UPDATE SET
      terms = EXCLUDED.terms, haystack = EXCLUDED.haystack, grams = EXCLUDED.grams, title_sort = EXCLUDED.title_sort`)
}

export async function removeMovieFromIndex(payload: Payload, id: number, req?: Partial<PayloadRequest>): Promise<void> {
  const db = await sqlFor(payload, req)
  await db.execute(sql`DELETE FROM movie_search WHERE movie_id = ${id}`)
}

/** Films whose cast or directors include this person: their rows carry the person's name. */
export async function reindexMoviesOf(
  payload: Payload,
  personId: number,
  req?: Partial<PayloadRequest>,
): Promise<void> {
  const { docs } = await payload.find({
    collection: 'movies',
    where: { or: [{ 'cast.person': { equals: personId } }, { 'crew.person': { equals: personId } }] },
    depth: 0,
    limit: 1000,
    overrideAccess: true,
    req,
    select: {},
  })
  for (const movie of docs) await indexMovie(payload, movie.id, req)
}

/**
 * Rows whose grams hold all of the query's ($2) and whose text really holds the query ($1), ranked
 * best first: a term that is the query, then a term that starts with it, then the rest. `haystack`
 * holds the terms one per line, so both are plain string tests on the one column the match reads
 * anyway (a film's terms never hold a line break).
 */
const matches = `
  SELECT movie_id, title_sort, CASE
      WHEN strpos(E'\\n' || haystack || E'\\n', E'\\n' || $1 || E'\\n') > 0 THEN 0
      WHEN strpos(E'\\n' || haystack, E'\\n' || $1) > 0 THEN 1
      ELSE 2 END AS rank
  FROM movie_search WHERE grams @> $2::text[] AND strpos(haystack, $1) > 0`

/** The ids of every published film matching `query`, best matches first (for filtering further). */
export async function searchMovieIds(query: string, limit = 1000): Promise<number[]> {
  const q = normalizeForSearch(query)
  if (!q) return []
  const rows = await namedQuery<{ movie_id: number }>(
    `SELECT movie_id FROM (${matches}) m ORDER BY rank, title_sort, movie_id LIMIT $3`,
    [q, queryGrams(q), limit],
  )
  return rows.map((row) => row.movie_id)
}

/**
 * One page of the films matching `query`, best first, and how many match in all: in one statement
 * that hands back only the page's ids, however many films match.
 */
export async function searchMovieIdsPage(
  query: string,
  { limit, offset }: { limit: number; offset: number },
): Promise<{ ids: number[]; total: number }> {
  const q = normalizeForSearch(query)
  if (!q) return { ids: [], total: 0 }
  const [row] = await namedQuery<{ total: string; ids: number[] }>(
    `WITH m AS MATERIALIZED (${matches})
    SELECT (SELECT count(*) FROM m) AS total,
      ARRAY(SELECT movie_id FROM m ORDER BY rank, title_sort, movie_id LIMIT $3 OFFSET $4) AS ids`,
    [q, queryGrams(q), limit, offset],
  )
  return { ids: row!.ids, total: Number(row!.total) }
}
