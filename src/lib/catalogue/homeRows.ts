import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { sqlFor } from '../database/sqlFor'

/**
 * The ids of the home page's newest films and of each genre's newest films, in one statement
 * however many genres there are, newest first as the browse page sorts.
 * Only the ids: the cards are read once for all rows together (cardsByIds).
 */
export async function homeRowIds(
  payload: Payload,
  { newest, perGenre }: { newest: number; perGenre: number },
): Promise<{ newest: number[]; byGenre: Map<number, number[]> }> {
  const db = await sqlFor(payload)
  // Per genre, the published films walked newest first along movies_status_release_date_idx until
  // `perGenre` are in the genre: about 1 ms at 10,000 films, where ranking every film of every
  // genre (a window function) took 30.
  const { rows } = await db.execute(sql`
    SELECT NULL::int AS genre_id, id AS movie_id, release_date FROM (
      SELECT id, release_date FROM movies WHERE _status = 'published'
      ORDER BY release_date DESC NULLS LAST, id DESC LIMIT ${newest}
    ) newest
    UNION ALL
    SELECT g.id, top.id, top.release_date FROM genres g CROSS JOIN LATERAL (
      SELECT m.id, m.release_date FROM movies m
      WHERE m._status = 'published' AND EXISTS (
        SELECT 1 FROM movies_rels r WHERE r.parent_id = m.id AND r.path = 'genres' AND r.genres_id = g.id)
      ORDER BY m.release_date DESC NULLS LAST, m.id DESC LIMIT ${perGenre}
    ) top
    ORDER BY genre_id NULLS FIRST, release_date DESC NULLS LAST, movie_id DESC`)
  const byGenre = new Map<number, number[]>()
  const newestIds: number[] = []
  for (const row of rows) {
    const movie = Number(row.movie_id)
    if (row.genre_id === null) newestIds.push(movie)
    else byGenre.set(Number(row.genre_id), [...(byGenre.get(Number(row.genre_id)) ?? []), movie])
  }
  return { newest: newestIds, byGenre }
}
