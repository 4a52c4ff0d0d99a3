import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'
import type { Movie, Person } from '../../../payload-types'
import { locales, type Locale } from '@/i18n/locales'
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
 * Ids of published films matching `query` anywhere in a title, original title, cast or director
 * name, best first: an exact match, then a prefix match, then any other; ties by English title.
 */
export async function searchMovieIds(payload: Payload, query: string, limit = 1000): Promise<number[]> {
  const q = normalizeForSearch(query)
  if (!q) return []
  const db = await sqlFor(payload)
  const grams = queryGrams(q)
  const { rows } = await db.execute(sql`
    SELECT movie_id,
      CASE WHEN ${q} = ANY(terms) THEN 0
           WHEN EXISTS (SELECT 1 FROM unnest(terms) AS term WHERE starts_with(term, ${q})) THEN 1
           ELSE 2 END AS rank
    FROM movie_search
    WHERE grams @> ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(grams)}::jsonb))
      AND strpos(haystack, ${q}) > 0
    ORDER BY rank, title_sort, movie_id
    LIMIT ${limit}`)
  return rows.map((row) => Number(row.movie_id))
}
