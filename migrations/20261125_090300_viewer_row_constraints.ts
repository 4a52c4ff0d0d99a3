import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Rules the data must keep even when something bypasses Payload (a script, a psql session, a bug):
 * - a rental or a watch-progress row has exactly one owner: a user or an anonymous identity;
 * - a viewer has one watch-progress row per film;
 * - a slug has the URL-safe shape the site's routes expect.
 * The unique slug, tmdbId and imdbId indexes come with the initial schema.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    ALTER TABLE "rentals" ADD CONSTRAINT "rentals_exactly_one_owner"
      CHECK (("user_id" IS NULL) <> ("anonymous_id" IS NULL OR "anonymous_id" = ''));
    ALTER TABLE "watch_progress" ADD CONSTRAINT "watch_progress_exactly_one_owner"
      CHECK (("user_id" IS NULL) <> ("anonymous_id" IS NULL OR "anonymous_id" = ''));
    CREATE UNIQUE INDEX "watch_progress_user_movie_unique"
      ON "watch_progress" ("user_id", "movie_id") WHERE "user_id" IS NOT NULL;
    CREATE UNIQUE INDEX "watch_progress_anonymous_movie_unique"
      ON "watch_progress" ("anonymous_id", "movie_id") WHERE "anonymous_id" IS NOT NULL;
    ALTER TABLE "watch_progress" ADD CONSTRAINT "watch_progress_positions_valid"
      CHECK ("progress_seconds" >= 0 AND "duration_seconds" > 0);
    ALTER TABLE "rentals" ADD CONSTRAINT "rentals_window_valid" CHECK ("expires_at" > "starts_at");
    ALTER TABLE "movies" ADD CONSTRAINT "movies_slug_format"
      CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
    ALTER TABLE "genres" ADD CONSTRAINT "genres_slug_format"
      CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
    ALTER TABLE "genres" DROP CONSTRAINT IF EXISTS "genres_slug_format";
    ALTER TABLE "movies" DROP CONSTRAINT IF EXISTS "movies_slug_format";
    ALTER TABLE "rentals" DROP CONSTRAINT IF EXISTS "rentals_window_valid";
    ALTER TABLE "watch_progress" DROP CONSTRAINT IF EXISTS "watch_progress_positions_valid";
    DROP INDEX IF EXISTS "watch_progress_anonymous_movie_unique";
    DROP INDEX IF EXISTS "watch_progress_user_movie_unique";
    ALTER TABLE "watch_progress" DROP CONSTRAINT IF EXISTS "watch_progress_exactly_one_owner";
    ALTER TABLE "rentals" DROP CONSTRAINT IF EXISTS "rentals_exactly_one_owner";
  `)
}
