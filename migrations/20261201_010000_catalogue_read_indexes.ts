import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Indexes for the public catalogue's reads (EXPLAIN ANALYZE of the card, browse, home and person
 * queries). Payload finds a row's localized text by `_parent_id` (and `_locale`), but its unique
 * indexes start with `_locale`, so every lookup scanned a whole index; the card and home rows sort
 * published films by release date; the home page's genre rows read `movies_rels` by genre.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE INDEX IF NOT EXISTS "movies_locales_parent_locale_idx" ON "movies_locales" ("_parent_id", "_locale");
    CREATE INDEX IF NOT EXISTS "movies_cast_locales_parent_locale_idx"
      ON "movies_cast_locales" ("_parent_id", "_locale");
    CREATE INDEX IF NOT EXISTS "movies_crew_locales_parent_locale_idx"
      ON "movies_crew_locales" ("_parent_id", "_locale");
    CREATE INDEX IF NOT EXISTS "people_locales_parent_locale_idx" ON "people_locales" ("_parent_id", "_locale");
    CREATE INDEX IF NOT EXISTS "genres_locales_parent_locale_idx" ON "genres_locales" ("_parent_id", "_locale");
    CREATE INDEX IF NOT EXISTS "media_locales_parent_locale_idx" ON "media_locales" ("_parent_id", "_locale");
    CREATE INDEX IF NOT EXISTS "movies_status_release_date_idx" ON "movies" ("_status", "release_date" DESC, "id" DESC);
    CREATE INDEX IF NOT EXISTS "movies_rels_genres_parent_idx"
      ON "movies_rels" ("genres_id", "parent_id") WHERE "path" = 'genres';`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
    DROP INDEX IF EXISTS "movies_locales_parent_locale_idx";
    DROP INDEX IF EXISTS "movies_cast_locales_parent_locale_idx";
    DROP INDEX IF EXISTS "movies_crew_locales_parent_locale_idx";
    DROP INDEX IF EXISTS "people_locales_parent_locale_idx";
    DROP INDEX IF EXISTS "genres_locales_parent_locale_idx";
    DROP INDEX IF EXISTS "media_locales_parent_locale_idx";
    DROP INDEX IF EXISTS "movies_status_release_date_idx";
    DROP INDEX IF EXISTS "movies_rels_genres_parent_idx";`)
}
