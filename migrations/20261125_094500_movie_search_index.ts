import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'
import { indexMovie } from '../src/lib/search/movieSearch'

/**
 * The public film search (src/lib/search): one row per published film with its searchable
 * strings and their 2- and 3-character grams under a GIN index, so a search — Lao included,
 * which has no spaces between words — is an index lookup, not a scan of every film.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE TABLE "movie_search" (
      "movie_id" integer PRIMARY KEY REFERENCES "movies"("id") ON DELETE CASCADE,
      "terms" text[] NOT NULL,
      "haystack" text NOT NULL,
      "grams" text[] NOT NULL,
      "title_sort" text NOT NULL
    );
    CREATE INDEX "movie_search_grams_idx" ON "movie_search" USING gin ("grams");
  `)
  // Plain SQL for the ids: a find through today's config would select columns later migrations add.
  const { rows } = await db.execute(sql`SELECT "id" FROM "movies"`)
  for (const { id } of rows as { id: number }[]) await indexMovie(payload, id, req)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS "movie_search";`)
}
