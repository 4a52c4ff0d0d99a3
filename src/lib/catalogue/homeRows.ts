import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { sqlFor } from '../database/sqlFor'

/**
 * The ids of the home page's newest films and of each genre's newest films, in one statement
 * however many genres there are (a window per genre), newest first as the browse page sorts.
 * Only the ids: the cards are read once for all rows together (cardsByIds).
 */
export async function homeRowIds(
  payload: Payload,
  { newest, perGenre }: { newest: number; perGenre: number },
): Promise<{ newest: number[]; byGenre: Map<number, number[]> }> {
  const db = await sqlFor(payload)
  const { rows } = await db.execute(sql`
    WITH newest AS (
      SELECT NULL::int AS genre_id, id AS movie_id, release_date, id
      FROM movies WHERE _status = 'published'
      ORDER BY release_date DESC, id DESC LIMIT ${newest}
    ), ranked AS (
      SELECT r.genres_id AS genre_id, m.id AS movie_id, m.release_date, m.id,
        row_number() OVER (PARTITION BY r.genres_id ORDER BY m.release_date DESC, m.id DESC) AS n
      FROM movies_rels r JOIN movies m ON m.id = r.parent_id
      WHERE r.path = 'genres' AND m._status = 'published'
    )
    SELECT genre_id, movie_id FROM (
      SELECT genre_id, movie_id, release_date, id FROM newest
      UNION ALL SELECT genre_id, movie_id, release_date, id FROM ranked WHERE n <= ${perGenre}
    ) rows ORDER BY genre_id NULLS FIRST, release_date DESC, id DESC`)
  const byGenre = new Map<number, number[]>()
  const newestIds: number[] = []
  for (const row of rows) {
    const movie = Number(row.movie_id)
    if (row.genre_id === null) newestIds.push(movie)
    else byGenre.set(Number(row.genre_id), [...(byGenre.get(Number(row.genre_id)) ?? []), movie])
  }
  return { newest: newestIds, byGenre }
}
