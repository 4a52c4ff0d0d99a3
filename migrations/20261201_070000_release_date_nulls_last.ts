import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * "Newest first" lists films without a release date last, not first (PostgreSQL's DESC puts NULLs
 * first): the index the browse list and the home rows walk now orders them the same way.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    DROP INDEX IF EXISTS "movies_status_release_date_idx";
    CREATE INDEX "movies_status_release_date_idx"
      ON "movies" ("_status", "release_date" DESC NULLS LAST, "id" DESC);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
    DROP INDEX IF EXISTS "movies_status_release_date_idx";
    CREATE INDEX "movies_status_release_date_idx" ON "movies" ("_status", "release_date" DESC, "id" DESC);`)
}
