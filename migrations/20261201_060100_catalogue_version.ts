import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * One number that changes, in the same transaction, with every write to the public catalogue's
 * tables (films, people, genres, images): the ETag of anonymous catalogue reads is derived from it
 * (src/lib/http/catalogueReads.ts). A statement-level trigger, so a bulk write bumps it once per
 * statement, and any writer (Payload, a script, psql) is seen.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE TABLE "catalogue_version" (
      "id" boolean PRIMARY KEY DEFAULT true CHECK ("id"),
      "version" bigint NOT NULL DEFAULT 0
    );
    INSERT INTO "catalogue_version" ("id", "version") VALUES (true, 0);
    CREATE FUNCTION "bump_catalogue_version"() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE "catalogue_version" SET "version" = "version" + 1;
      RETURN NULL;
    END
    $$;
    CREATE TRIGGER "movies_bump_catalogue_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "movies"
      FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalogue_version"();
    CREATE TRIGGER "people_bump_catalogue_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "people"
      FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalogue_version"();
    CREATE TRIGGER "genres_bump_catalogue_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "genres"
      FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalogue_version"();
    CREATE TRIGGER "media_bump_catalogue_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "media"
      FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalogue_version"();
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
    DROP TRIGGER "movies_bump_catalogue_version" ON "movies";
    DROP TRIGGER "people_bump_catalogue_version" ON "people";
    DROP TRIGGER "genres_bump_catalogue_version" ON "genres";
    DROP TRIGGER "media_bump_catalogue_version" ON "media";
    DROP FUNCTION "bump_catalogue_version"();
    DROP TABLE "catalogue_version";
  `)
}
