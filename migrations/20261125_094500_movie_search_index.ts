import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The public film search (src/lib/search): one row per published film with its searchable
 * strings and their 2- and 3-character grams under a GIN index, so a search — Lao included,
 * which has no spaces between words — is an index lookup, not a scan of every film.
 *
 * Frozen: the rows are filled the way src/lib/search/movieSearch.ts filled them when this was
 * written, against the schema of that day, so replaying it later gives the same history.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
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
  // Titles (en, lo), original title, then the names (en, lo) of the cast in order and of the directors.
  const { rows } = await db.execute(sql`
    SELECT m."id",
      (SELECT "title" FROM "movies_locales" WHERE "_parent_id" = m."id" AND "_locale" = 'en') AS "title_en",
      ARRAY[
        (SELECT "title" FROM "movies_locales" WHERE "_parent_id" = m."id" AND "_locale" = 'en'),
        (SELECT "title" FROM "movies_locales" WHERE "_parent_id" = m."id" AND "_locale" = 'lo'),
        m."original_title"
      ] || ARRAY(
        SELECT pl."name"
        FROM (
          SELECT "person_id", 0 AS "part", "_order" FROM "movies_cast" WHERE "_parent_id" = m."id"
          UNION ALL
          SELECT "person_id", 1, "_order" FROM "movies_crew" WHERE "_parent_id" = m."id" AND "department" = 'directing'
        ) AS credit
        JOIN "people_locales" pl ON pl."_parent_id" = credit."person_id"
        ORDER BY credit."part", credit."_order", pl."_locale"
      ) AS "strings"
    FROM "movies" m
    WHERE m."_status" = 'published'
  `)
  for (const row of rows as { id: number; title_en: string | null; strings: (string | null)[] }[]) {
    const terms = [
      ...new Set(row.strings.filter((s): s is string => typeof s === 'string' && s.trim() !== '').map(normalize)),
    ]
    const grams = [...new Set(terms.flatMap((term) => [...gramsOf(term, 2), ...gramsOf(term, 3)]))]
    await db.execute(sql`
      INSERT INTO movie_search (movie_id, terms, haystack, grams, title_sort)
      VALUES (
        ${row.id},
        ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(terms)}::jsonb)),
        ${terms.join('\n')},
        ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(grams)}::jsonb)),
        ${normalize(row.title_en ?? '')}
      )`)
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS "movie_search";`)
}

// Search's text rules as they were (src/lib/search/normalize.ts), kept here so later changes there
// do not rewrite this migration.
const normalize = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()

function gramsOf(text: string, size: number): string[] {
  const chars = Array.from(text)
  return [
    ...new Set(chars.slice(0, Math.max(chars.length - size + 1, 0)).map((_, i) => chars.slice(i, i + size).join(''))),
  ]
}
