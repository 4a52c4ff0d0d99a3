import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Marks the documents that existed before the "needs Lao" column: English text somewhere with
 * no Lao beside it. From here on the collections' afterChange hooks keep it up to date.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE FUNCTION pg_temp.lacks(en varchar, lo varchar) RETURNS boolean
      LANGUAGE sql IMMUTABLE AS $$ SELECT coalesce(en, '') <> '' AND coalesce(lo, '') = '' $$;

    UPDATE movies m SET needs_lao =
      EXISTS (SELECT 1 FROM movies_locales en
                LEFT JOIN movies_locales lo ON lo._parent_id = en._parent_id AND lo._locale = 'lo'
              WHERE en._parent_id = m.id AND en._locale = 'en'
                AND (pg_temp.lacks(en.title, lo.title) OR pg_temp.lacks(en.tagline, lo.tagline) OR pg_temp.lacks(en.overview, lo.overview)))
      OR EXISTS (SELECT 1 FROM movies_cast c
                   JOIN movies_cast_locales en ON en._parent_id = c.id AND en._locale = 'en'
                   LEFT JOIN movies_cast_locales lo ON lo._parent_id = c.id AND lo._locale = 'lo'
                 WHERE c._parent_id = m.id AND pg_temp.lacks(en.character, lo.character))
      OR EXISTS (SELECT 1 FROM movies_crew c
                   JOIN movies_crew_locales en ON en._parent_id = c.id AND en._locale = 'en'
                   LEFT JOIN movies_crew_locales lo ON lo._parent_id = c.id AND lo._locale = 'lo'
                 WHERE c._parent_id = m.id AND pg_temp.lacks(en.job, lo.job));

    UPDATE people p SET needs_lao = EXISTS (
      SELECT 1 FROM people_locales en
        LEFT JOIN people_locales lo ON lo._parent_id = en._parent_id AND lo._locale = 'lo'
      WHERE en._parent_id = p.id AND en._locale = 'en'
        AND (pg_temp.lacks(en.name, lo.name) OR pg_temp.lacks(en.biography, lo.biography) OR pg_temp.lacks(en.place_of_birth, lo.place_of_birth)));

    UPDATE genres g SET needs_lao = EXISTS (
      SELECT 1 FROM genres_locales en
        LEFT JOIN genres_locales lo ON lo._parent_id = en._parent_id AND lo._locale = 'lo'
      WHERE en._parent_id = g.id AND en._locale = 'en' AND pg_temp.lacks(en.name, lo.name));
  `)
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // Derived data: the column itself goes with the migration before this one.
}
