/**
 * `npm run seed:bench -- --films 10000` (or `-- 10000`): adds synthetic published films (Lao and
 * English titles, a genre, a poster, cast from the sample people) until the catalogue holds that
 * many, for `npm run bench`.
 * Written straight through SQL in batches — the Local API would take minutes for 10,000 films —
 * including each film's row in the search index.
 */
import './lib/loadEnv'
import { sql } from '@payloadcms/db-postgres'
import { closePayload } from '../src/lib/database/closePayload'
import { sqlFor } from '../src/lib/database/sqlFor'
import { withTransaction } from '../src/lib/database/withTransaction'
import { indexGrams, normalizeForSearch } from '../src/lib/search/normalize'
import { printSeedResult, seed } from '../src/seed'
import { openDatabase } from './lib/openDatabase'

// `-- 10000` or `-- --films 10000`.
const args = process.argv.slice(2)
const target = Number(args[args.indexOf('--films') + 1] ?? args[0] ?? 1000)
if (!Number.isInteger(target) || target < 1) throw new Error(`Not a number of films: ${args.join(' ')}`)
const laoWords = [
  'ສັນຍານ',
  'ແມ່ນ້ຳ',
  'ພູເຂົາ',
  'ດອກຈຳປາ',
  'ຄືນ',
  'ຕະຫຼາດ',
  'ເຮືອ',
  'ຊ້າງ',
  'ລະດູຝົນ',
  'ບ້ານ',
  'ເມືອງ',
  'ແສງເດືອນ',
  'ຫົວໃຈ',
  'ເສັ້ນທາງ',
  'ນາເຂົ້າ',
  'ສຽງແຄນ',
  'ທົ່ງໄຫຫີນ',
  'ວຽງຈັນ',
  'ປາກເຊ',
  'ຄວາມຝັນ',
]
const englishWords = [
  'Signal',
  'River',
  'Mountain',
  'Frangipani',
  'Night',
  'Market',
  'Boat',
  'Elephant',
  'Monsoon',
  'Village',
  'City',
  'Moonlight',
  'Heart',
  'Road',
  'Rice Field',
  'Khaen',
  'Plain of Jars',
  'Vientiane',
  'Pakse',
  'Dream',
]

const { payload, stopDatabase } = await openDatabase()
try {
  if ((await payload.count({ collection: 'movies', overrideAccess: true })).totalDocs === 0)
    printSeedResult(await seed(payload))
  const db = await sqlFor(payload)
  const existing = Number(
    (await db.execute(sql`SELECT count(*) AS n FROM movies WHERE _status = 'published'`)).rows[0]!.n,
  )
  const [poster] = (
    await payload.find({
      collection: 'media',
      limit: 1,
      depth: 0,
      overrideAccess: true,
      where: { filename: { like: 'poster' } },
    })
  ).docs
  const genres = (await payload.find({ collection: 'genres', limit: 100, depth: 0, overrideAccess: true })).docs.map(
    (g) => g.id,
  )
  const people = (
    await payload.find({ collection: 'people', limit: 100, depth: 0, locale: 'all', overrideAccess: true })
  ).docs as unknown as { id: number; name: { en?: string; lo?: string } }[]
  const missing = Math.max(0, target - existing)
  console.log(`${existing} published films; adding ${missing} synthetic ones for the benchmark…`)

  for (let start = 0; start < missing; start += 500) {
    const batch = Array.from({ length: Math.min(500, missing - start) }, (_, i) => {
      const n = existing + start + i + 1
      const a = n % laoWords.length
      const b = Math.floor(n / laoWords.length) % laoWords.length
      const cast = [people[n % people.length]!, people[(n * 7) % people.length]!]
      return {
        slug: `bench-film-${n}`,
        en: `${englishWords[a]} of the ${englishWords[b]} ${n}`,
        lo: `${laoWords[a]}${laoWords[b]} ${n}`,
        year: 1990 + (n % 35),
        runtime: 70 + (n % 60),
        genre: genres[n % genres.length],
        cast,
      }
    })
    await withTransaction(payload, {}, async (req) => {
      const db = await sqlFor(payload, req)
      for (const film of batch) {
        const { rows } = await db.execute(sql`
        INSERT INTO movies (slug, original_title, original_language, release_date, runtime, poster_id,
          rental_price_lak, rental_window_hours, type, _status)
        VALUES (${film.slug}, ${film.lo}, 'lo', ${`${film.year}-06-01`}, ${film.runtime}, ${poster?.id ?? null},
          20000, 24, 'feature', 'published')
        RETURNING id`)
        const id = Number(rows[0]!.id)
        await db.execute(sql`
        INSERT INTO movies_locales (title, overview, _locale, _parent_id) VALUES
          (${film.en}, ${`A synthetic film for the benchmark, number ${film.slug.slice(11)}.`}, 'en', ${id}),
          (${film.lo}, ${'ຮູບເງົາສຳລັບທົດສອບຄວາມໄວ.'}, 'lo', ${id})`)
        if (film.genre)
          await db.execute(sql`
          INSERT INTO movies_rels ("order", parent_id, path, genres_id) VALUES (1, ${id}, 'genres', ${film.genre})`)
        for (const [order, person] of film.cast.entries()) {
          const rowId = `${id.toString(16).padStart(12, '0')}${order.toString(16).padStart(12, '0')}`
          await db.execute(sql`
          INSERT INTO movies_cast (_order, _parent_id, id, person_id, "order")
          VALUES (${order + 1}, ${id}, ${rowId}, ${person.id}, ${order})`)
        }
        const terms = [
          ...new Set(
            [film.en, film.lo, ...film.cast.flatMap((p) => [p.name.en, p.name.lo])]
              .filter((t): t is string => Boolean(t))
              .map(normalizeForSearch),
          ),
        ]
        await db.execute(sql`
        INSERT INTO movie_search (movie_id, terms, haystack, grams, title_sort) VALUES (
          ${id}, ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(terms)}::jsonb)), ${terms.join('\n')},
          ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(indexGrams(terms))}::jsonb)),
          ${normalizeForSearch(film.en)})`)
      }
    })
    process.stdout.write(`  ${existing + start + batch.length}\r`)
  }
  await db.execute(
    sql`ANALYZE movies; ANALYZE movies_locales; ANALYZE movie_search; ANALYZE movies_rels; ANALYZE movies_cast`,
  )
  console.log(
    `\nThe catalogue now holds ${existing + missing} published films. Restart the server so its cache starts fresh.`,
  )
} finally {
  await closePayload(payload)
  await stopDatabase()
}
process.exit(0)
