import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { rentalPriceOf } from '@/lib/rentals/price'
import {
  fixtureFilm,
  sharedPersonId,
  startFakeTmdb,
  type FakeFilm,
  type FakePerson,
  type FakeTmdb,
} from '../support/fakeTmdb'
import { rest } from './helpers/api'
import { sampleMasterPlaylist, signInEveryone, type Caller, type SignedIn } from './helpers/fixtures'
import { testPayload } from './helpers/payload'

let tmdb: FakeTmdb
let accounts: Record<Exclude<Caller, 'anonymous'>, SignedIn>
let sql: pg.Client

/**
 * Every row importing these TMDB films could write, table by table: only the rows of these films,
 * their people, their images and TMDB's genres, as other test files import and delete films and
 * people in the same database at the same time.
 */
async function footprint(films: FakeFilm[], people: FakePerson[]) {
  const filmIds = films.map((film) => film.id)
  const personIds = people.map((person) => person.id)
  const paths = [
    ...films.flatMap((film) => [film.posterPath, film.backdropPath]),
    ...people.map((person) => person.profilePath),
  ].filter((path): path is string => Boolean(path))
  const { rows } = await sql.query(
    `WITH m AS (SELECT id FROM movies WHERE tmdb_id = ANY($1::numeric[])),
          p AS (SELECT id FROM people WHERE tmdb_id = ANY($2::numeric[])),
          g AS (SELECT id FROM genres WHERE tmdb_id IN (18, 10749))
     SELECT (SELECT count(*) FROM m) AS movies,
            (SELECT count(*) FROM movies_locales WHERE _parent_id IN (SELECT id FROM m)) AS movies_locales,
            (SELECT count(*) FROM movies_cast WHERE _parent_id IN (SELECT id FROM m)) AS movies_cast,
            (SELECT count(*) FROM movies_crew WHERE _parent_id IN (SELECT id FROM m)) AS movies_crew,
            (SELECT count(*) FROM _movies_v WHERE parent_id IN (SELECT id FROM m)) AS _movies_v,
            (SELECT count(*) FROM p) AS people,
            (SELECT count(*) FROM people_locales WHERE _parent_id IN (SELECT id FROM p)) AS people_locales,
            (SELECT count(*) FROM g) AS genres,
            (SELECT count(*) FROM genres_locales WHERE _parent_id IN (SELECT id FROM g)) AS genres_locales,
            (SELECT count(*) FROM media WHERE tmdb_file_path = ANY($3::text[])) AS media`,
    [filmIds, personIds, paths],
  )
  return Object.fromEntries(Object.entries(rows[0]).map(([table, count]) => [table, Number(count)]))
}
/** A film's own people: not the composer it shares with other fixture films. */
const ownPeople = (people: FakePerson[]) => people.filter((person) => person.id !== sharedPersonId)

const importAs = (caller: Caller, body: unknown) =>
  rest('POST', 'movies/import-tmdb', { token: caller === 'anonymous' ? undefined : accounts[caller].token, body })

beforeAll(async () => {
  tmdb = await startFakeTmdb()
  Object.assign(process.env, tmdb.env(), { TMDB_TIMEOUT_MS: '1500' })
  const { payload } = await testPayload()
  accounts = await signInEveryone(payload)
  sql = new pg.Client({ connectionString: inject('databaseUrl') })
  await sql.connect()
})
afterAll(async () => {
  await sql?.end()
  await tmdb?.close()
})

describe('POST /api/movies/import-tmdb', () => {
  const { film, people } = fixtureFilm(101, { laoReleaseDate: '2019-12-02' })

  it('creates the film, its genres, people, cast, key crew and images — as a draft', async () => {
    tmdb.addFilm(film, people)
    expect(await footprint([film], ownPeople(people))).toMatchObject({ movies: 0, people: 0, media: 0 })
    const r = await importAs('editor', { tmdbId: 101 })
    expect(r.status).toBe(201)
    expect(r.body.created).toBe(true)

    const movie = (
      await rest('GET', `movies/${r.body.doc.id}?depth=1&draft=true&locale=en`, { token: accounts.editor.token })
    ).body
    expect(movie).toMatchObject({
      title: 'Film 101',
      slug: 'film-101',
      overview: 'The story of film 101.',
      tagline: 'Tagline 101.',
      originalTitle: 'ຮູບເງົາ 101',
      originalLanguage: 'lo',
      runtime: 100,
      tmdbId: 101,
      imdbId: 'tt0000101',
      trailerYoutubeKey: 'trailer101',
      _status: 'draft',
    })
    expect(movie.releaseDate.slice(0, 10)).toBe('2019-12-02')
    expect(movie.genres.map((g: { name: string }) => g.name)).toEqual(['Drama', 'Romance'])

    const billed = [...film.cast].sort((a, b) => a.order - b.order).slice(0, 20)
    expect(movie.cast.map((c: any) => [c.person.name, c.character, c.order])).toEqual(
      billed.map((c) => [c.name, c.character, c.order]),
    )
    expect(movie.crew.map((c: any) => [c.person.name, c.department, c.job])).toEqual([
      ['Director 101', 'directing', 'Director'],
      ['Writer 101', 'writing', 'Screenplay'],
      ['Producer 101', 'production', 'Producer'],
      ['Cinematographer 101', 'camera', 'Director of Photography'],
      ['Editor 101', 'editing', 'Editor'],
      ['Sengdao Phimmasone', 'sound', 'Original Music Composer'],
    ])
    const directorAtTmdb = people.find((p) => p.name === 'Director 101')!
    const director = (await rest('GET', `people/${movie.crew[0].person.id}?locale=en`)).body
    expect(director).toMatchObject({
      tmdbId: directorAtTmdb.id,
      biography: directorAtTmdb.biography,
      placeOfBirth: 'Vientiane, Laos',
      knownForDepartment: 'Directing',
    })
    expect(movie.poster).toMatchObject({ tmdbFilePath: '/poster-101.jpg', mimeType: 'image/jpeg' })
    expect(movie.backdrop).toMatchObject({ tmdbFilePath: '/backdrop-101.jpg' })

    const credited = new Set([
      ...billed.map((c) => c.id),
      ...film.crew.filter((c) => c.job !== 'Assistant Director' && c.job !== 'Set Decoration').map((c) => c.id),
    ])
    // Each exactly once, though other test files (the seed) may have made TMDB's Drama, Romance
    // or the shared composer already.
    const creditedPeople = people.filter((p) => credited.has(p.id))
    const after = await footprint([film], creditedPeople)
    expect(after).toMatchObject({ movies: 1, people: credited.size, genres: 2, movies_cast: 20, movies_crew: 6 })
    expect(after.media).toBe(2 + creditedPeople.filter((p) => p.profilePath).length)
    expect((await footprint([film], people)).people).toBe(credited.size)
  })

  it('ships Lao names for TMDB’s standard genres', async () => {
    const r = await rest('GET', 'genres?where[tmdbId][in]=18,10749&locale=lo&fallback-locale=none&sort=tmdbId')
    expect(r.body.docs.map((g: { name: string }) => g.name)).toEqual(['ລະຄອນ', 'ໂຣແມນຕິກ'])
  })

  it('importing the same film again (by URL) creates nothing new', async () => {
    const before = await footprint([film], people)
    const r = await importAs('admin', { url: 'https://www.themoviedb.org/movie/101-film-101?language=lo' })
    expect(r.status).toBe(200)
    expect(r.body.created).toBe(false)
    const after = await footprint([film], people)
    expect({ ...after, _movies_v: 0 }).toEqual({ ...before, _movies_v: 0 })
  })

  it('a re-import keeps an editor’s Lao and hand-set fields, and takes TMDB’s new English', async () => {
    const { payload } = await testPayload()
    const [movie] = (
      await payload.find({
        collection: 'movies',
        where: { tmdbId: { equals: 101 } },
        draft: true,
        overrideAccess: true,
      })
    ).docs
    const token = accounts.editor.token
    const cast = movie!.cast!.map((row, i) => ({ id: row.id, character: i === 0 ? 'ຕົວລະຄອນທີໜຶ່ງ' : undefined }))
    expect(
      (
        await rest('PATCH', `movies/${movie!.id}?locale=lo&draft=true`, {
          token,
          body: { title: 'ສັນຍານ 101', overview: 'ເລື່ອງລາວຂອງຮູບເງົາ', cast },
        })
      ).status,
    ).toBe(200)
    expect(
      (
        await rest('PATCH', `movies/${movie!.id}?draft=true`, {
          token,
          body: { rentalPriceLak: 35_000, slug: 'signal-101' },
        })
      ).status,
    ).toBe(200)

    tmdb.films.set(101, { ...film, overview: 'A new English overview from TMDB.', runtime: 104 })
    const r = await importAs('editor', { tmdbId: 101 })
    expect(r.status).toBe(200)

    const lo = (await rest('GET', `movies/${movie!.id}?locale=lo&draft=true&depth=0`, { token })).body
    const en = (await rest('GET', `movies/${movie!.id}?locale=en&draft=true&depth=0`, { token })).body
    expect(lo.title).toBe('ສັນຍານ 101')
    expect(lo.overview).toBe('ເລື່ອງລາວຂອງຮູບເງົາ')
    expect(lo.cast[0].character).toBe('ຕົວລະຄອນທີໜຶ່ງ')
    expect(en.title).toBe('Film 101')
    expect(en.overview).toBe('A new English overview from TMDB.')
    expect(en.runtime).toBe(104)
    expect(en.rentalPriceLak).toBe(35_000)
    expect(en.slug).toBe('signal-101')
  })

  it('gives a second film with the same title a slug with its year, and reuses people it shares', async () => {
    const second = fixtureFilm(102, { title: 'Film 101', releaseDate: '2021-03-05', imdbId: 'tt0000102' })
    tmdb.addFilm(second.film, second.people)
    expect((await footprint([second.film], ownPeople(second.people))).people).toBe(0)
    const r = await importAs('editor', { tmdbId: 102 })
    expect(r.status).toBe(201)
    expect(r.body.doc.slug).toBe('film-101-2021')
    const shared = await rest('GET', `people?where[tmdbId][equals]=${sharedPersonId}`)
    expect(shared.body.totalDocs).toBe(1)
    // Everyone credited on the film is new but the person it shares with film 101.
    const billed = [...second.film.cast].sort((a, b) => a.order - b.order).slice(0, 20)
    const keyCrew = second.film.crew.filter((c) => c.job !== 'Assistant Director' && c.job !== 'Set Decoration')
    const newPeople = new Set([...billed, ...keyCrew].map((c) => c.id))
    newPeople.delete(sharedPersonId)
    expect((await footprint([second.film], ownPeople(second.people))).people).toBe(newPeople.size)
  })

  it('leaves an imported film without a price of its own, so it follows the default in Rental settings', async () => {
    const { payload } = await testPayload()
    const { film, people } = fixtureFilm(103)
    tmdb.addFilm(film, people)
    const id = (await importAs('editor', { tmdbId: 103 })).body.doc.id
    // Published with its video, so that it can be rented.
    const movie = await payload.update({
      collection: 'movies',
      id,
      data: { _status: 'published', video: { masterPlaylist: sampleMasterPlaylist } },
      overrideAccess: true,
    })
    expect(movie.rentalPriceLak ?? null).toBeNull()

    const before = await payload.findGlobal({ slug: 'rental-settings', overrideAccess: true })
    const setDefault = (defaultPriceLak: number) =>
      payload.updateGlobal({ slug: 'rental-settings', data: { defaultPriceLak }, overrideAccess: true })
    // A viewer with no cookie yet: a new anonymous identity, so each checkout is a first one.
    const checkoutPrice = async () => (await rest('POST', 'payments/checkout', { body: { movie: id } })).body.payment
    try {
      for (const price of [23_000, 27_000]) {
        await setDefault(price)
        // What the film page shows and what checkout charges.
        expect(await rentalPriceOf(payload, movie)).toBe(price)
        expect(await checkoutPrice()).toMatchObject({ amountLak: price, listPriceLak: price })
      }
    } finally {
      await setDefault(before.defaultPriceLak)
    }
  })
})

// Films of their own, so their TMDB failures touch no other test's films.
let nextFailingFilmId = 300

describe('import errors are clear and leave nothing half-written', () => {
  it('an unknown TMDB id → 404', async () => {
    const r = await importAs('editor', { tmdbId: 999_999 })
    expect(r.status).toBe(404)
    expect(r.body.errors[0].message).toMatch(/TMDB has no movie/)
  })

  it.each([
    [{}, 'tmdbId', /required/],
    [{ tmdbId: 'abc' }, 'tmdbId', /number/],
    [{ tmdbId: -5 }, 'tmdbId', /.+/],
    [{ url: 'https://example.com/movie/5' }, 'url', /TMDB movie address/],
    [{ tmdbId: 5, url: 'https://www.themoviedb.org/movie/5' }, 'tmdbId', /either/],
    [{ tmdbId: 5, force: true }, 'force', /either/],
    // Refused at the edge, before the endpoint: no field of the body is to blame.
    [[1, 2], undefined, /JSON object/],
  ])('a malformed body %j → 400 naming %s', async (body, field, message) => {
    const r = await importAs('editor', body)
    expect(r.status).toBe(400)
    expect(r.body.errors[0].field).toBe(field)
    expect(r.body.errors[0].message).toMatch(message)
  })

  it('TMDB rejects the key → 502 saying so', async () => {
    const key = process.env.TMDB_API_KEY
    process.env.TMDB_API_KEY = 'wrong-key'
    try {
      const r = await importAs('editor', { tmdbId: 101 })
      expect(r.status).toBe(502)
      expect(r.body.errors[0].message).toMatch(/TMDB rejected the API key/)
    } finally {
      process.env.TMDB_API_KEY = key
    }
  })

  it('TMDB times out → 504, nothing written', async () => {
    const { film, people } = fixtureFilm(201)
    tmdb.addFilm(film, people)
    tmdb.behaviour.slow.set('/movie/201', 3000)
    const before = await footprint([film], ownPeople(people))
    const r = await importAs('editor', { tmdbId: 201 })
    expect(r.status).toBe(504)
    expect(r.body.errors[0].message).toMatch(/did not answer/)
    expect(await footprint([film], ownPeople(people))).toEqual(before)
  })

  it.each([
    ['a person', (id: number) => `/person/${id * 100 + 7}`],
    ['an image', (id: number) => `/t/p/original/profile-${id}-12.jpg`],
    ['the last image', (id: number) => `/t/p/original/backdrop-${id}.jpg`],
  ])('TMDB fails mid-way (%s) → 502, and the database is exactly as before', async (_what, failingPath) => {
    const id = nextFailingFilmId++
    const { film, people } = fixtureFilm(id)
    tmdb.addFilm(film, people)
    tmdb.behaviour.failing.add(failingPath(id))
    const before = await footprint([film], ownPeople(people))
    const r = await importAs('editor', { tmdbId: id })
    expect(r.status).toBe(502)
    expect(await footprint([film], ownPeople(people))).toEqual(before)
  })
})

describe('who may import', () => {
  it.each([
    ['anonymous', 401],
    ['viewer', 403],
    ['otherViewer', 403],
  ] as const)('%s → %i, and nothing is fetched from TMDB', async (caller, status) => {
    const asked = tmdb.requests.length
    const r = await importAs(caller, { tmdbId: 101 })
    expect(r.status).toBe(status)
    expect(r.body.errors[0].message).toMatch(/editor/)
    expect(tmdb.requests.slice(asked)).not.toContain('/movie/101')
  })

  it.each(['editor', 'admin'] as const)('%s → 200', async (caller) => {
    expect((await importAs(caller, { tmdbId: 101 })).status).toBe(200)
  })

  it('bulk import: anonymous → 401, viewer → 403', async () => {
    expect((await rest('POST', 'movies/import-tmdb/bulk', { body: { tmdbIds: [101] } })).status).toBe(401)
    expect(
      (await rest('POST', 'movies/import-tmdb/bulk', { token: accounts.viewer.token, body: { tmdbIds: [101] } }))
        .status,
    ).toBe(403)
  })

  it('GraphQL exposes no import mutation', async () => {
    const { graphql } = await import('./helpers/api')
    const r = await graphql('{ __schema { mutationType { fields { name } } } }', { token: accounts.admin.token })
    const names = r.body.data.__schema.mutationType.fields.map((f: { name: string }) => f.name)
    expect(names.filter((n: string) => /tmdb|import/i.test(n))).toEqual([])
  })
})

describe('bulk import', () => {
  it('imports 20 ids as a job: 18 created, 2 failures reported, progress visible', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => 500 + i)
    for (const id of ids.slice(0, 18)) {
      const { film, people } = fixtureFilm(id)
      tmdb.addFilm(film, people)
    }
    // 518 is unknown at TMDB; 519 fails there.
    const failing = fixtureFilm(519)
    tmdb.addFilm(failing.film, failing.people)
    tmdb.behaviour.failing.add('/movie/519')

    const started = Date.now()
    const r = await rest('POST', 'movies/import-tmdb/bulk', { token: accounts.editor.token, body: { tmdbIds: ids } })
    expect(r.status).toBe(202)
    let batch = r.body.doc
    const seenProgress = new Set<number>()
    while (batch.status !== 'done') {
      await new Promise((resolve) => setTimeout(resolve, 200))
      batch = (await rest('GET', `tmdb-imports/${batch.id}?depth=0`, { token: accounts.editor.token })).body
      seenProgress.add(batch.processed)
      expect(Date.now() - started).toBeLessThan(120_000)
    }
    const seconds = (Date.now() - started) / 1000
    console.log(`bulk import of 20 films took ${seconds.toFixed(1)} s`)

    const outcomes = batch.results.map((x: { outcome: string }) => x.outcome)
    expect(outcomes.filter((o: string) => o === 'created')).toHaveLength(18)
    const failures = batch.results.filter((x: { outcome: string }) => x.outcome === 'failed')
    expect(failures.map((f: { tmdbId: number }) => f.tmdbId)).toEqual([518, 519])
    expect(failures[0].message).toMatch(/TMDB has no movie/)
    expect(failures[1].message).toMatch(/TMDB answered 500/)
    expect(batch.processed).toBe(20)
    expect(seenProgress.size).toBeGreaterThan(1)

    const viewerView = await rest('GET', `tmdb-imports/${batch.id}`, { token: accounts.viewer.token })
    expect(viewerView.status).toBe(403)
  })
})
