import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inject } from 'vitest'
import { rest } from './helpers/api'
import { createMovie, signIn, unique } from './helpers/fixtures'
import { testPayload } from './helpers/payload'

/**
 * The rules the data keeps live in the database too (migrations/), so a row that breaks them is
 * refused even when it is written straight through SQL, bypassing Payload.
 */
describe('database constraints', () => {
  let sql: pg.Client
  let movieId: number
  let userId: number

  beforeAll(async () => {
    const { payload } = await testPayload()
    movieId = (await createMovie(payload, { title: 'Constraint film' })).id
    userId = (await signIn(payload, 'viewer', 'constraint-viewer')).user.id
    sql = new pg.Client({ connectionString: inject('databaseUrl') })
    await sql.connect()
  })
  afterAll(async () => {
    await sql.end()
  })

  const rejects = async (query: string, params: unknown[], code: string) => {
    await expect(sql.query(query, params)).rejects.toMatchObject({ code })
  }
  const unique_violation = '23505'
  const check_violation = '23514'

  const insertMovie = `INSERT INTO movies (slug, tmdb_id, imdb_id, rental_price_lak, rental_window_hours, _status)
    VALUES ($1, $2, $3, 20000, 24, 'published')`

  it('movies: slug, tmdbId and imdbId are unique', async () => {
    const slug = unique('dup')
    await sql.query(insertMovie, [slug, 9_100_001, 'tt9100001'])
    await rejects(insertMovie, [slug, 9_100_002, 'tt9100002'], unique_violation)
    await rejects(insertMovie, [unique('other'), 9_100_001, 'tt9100003'], unique_violation)
    await rejects(insertMovie, [unique('other'), 9_100_004, 'tt9100001'], unique_violation)
  })

  it('movies: many films may have no TMDB or IMDb id', async () => {
    await sql.query(insertMovie, [unique('no-ids'), null, null])
    await sql.query(insertMovie, [unique('no-ids'), null, null])
  })

  it('movies and genres: a slug must be URL-safe', async () => {
    await rejects(insertMovie, ['Not A Slug', null, null], check_violation)
    await rejects(insertMovie, ['trailing-', null, null], check_violation)
    await rejects(`INSERT INTO genres (slug) VALUES ($1)`, ['ລະຄອນ'], check_violation)
  })

  it('people and genres: tmdbId is unique', async () => {
    await sql.query(`INSERT INTO people (tmdb_id) VALUES ($1)`, [9_200_001])
    await rejects(`INSERT INTO people (tmdb_id) VALUES ($1)`, [9_200_001], unique_violation)
    await sql.query(`INSERT INTO genres (slug, tmdb_id) VALUES ($1, $2)`, [unique('g'), 9_300_001])
    await rejects(`INSERT INTO genres (slug, tmdb_id) VALUES ($1, $2)`, [unique('g'), 9_300_001], unique_violation)
  })

  const insertRental = `INSERT INTO rentals (user_id, anonymous_id, movie_id, starts_at, expires_at, payment_provider, payment_reference, payment_amount_lak)
    VALUES ($1, $2, $3, now(), now() + interval '24 hours', 'demo', 'ref', 20000)`

  it('rentals: exactly one owner — a user or an anonymous id, not both, not neither', async () => {
    await sql.query(insertRental, [userId, null, movieId])
    await sql.query(insertRental, [null, unique('anon'), movieId])
    await rejects(insertRental, [null, null, movieId], check_violation)
    await rejects(insertRental, [null, '', movieId], check_violation)
    await rejects(insertRental, [userId, unique('anon'), movieId], check_violation)
  })

  const insertProgress = `INSERT INTO watch_progress (user_id, anonymous_id, movie_id, progress_seconds, duration_seconds)
    VALUES ($1, $2, $3, 10, 100)`

  it('watch-progress: exactly one owner', async () => {
    await rejects(insertProgress, [null, null, movieId], check_violation)
    await rejects(insertProgress, [userId, unique('anon'), movieId], check_violation)
  })

  it('watch-progress: one row per (owner, film)', async () => {
    await sql.query(insertProgress, [userId, null, movieId])
    await rejects(insertProgress, [userId, null, movieId], unique_violation)
    const anonymousId = unique('anon')
    await sql.query(insertProgress, [null, anonymousId, movieId])
    await rejects(insertProgress, [null, anonymousId, movieId], unique_violation)
  })
})

describe('the same rules through the API answer with a clear 400', () => {
  it('a rental without an owner is refused, naming the field', async () => {
    const { payload } = await testPayload()
    const admin = await signIn(payload, 'admin', 'constraint-admin')
    const movie = await createMovie(payload, { title: 'Owner film' })
    const r = await rest('POST', 'rentals', {
      token: admin.token,
      body: {
        movie: movie.id,
        startsAt: new Date().toISOString(),
        expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
        payment: { provider: 'demo', reference: 'r', amountLak: 1 },
      },
    })
    expect(r.status).toBe(400)
    expect(r.body.errors[0].data.errors[0]).toMatchObject({ path: 'user' })
  })

  it('a duplicate slug is refused, naming the field', async () => {
    const { payload } = await testPayload()
    const editor = await signIn(payload, 'editor', 'constraint-editor')
    const slug = unique('taken')
    await createMovie(payload, { title: 'First', slug })
    const r = await rest('POST', 'movies', { token: editor.token, body: { title: 'Second', slug, _status: 'published' } })
    expect(r.status).toBe(400)
    expect(JSON.stringify(r.body.errors)).toContain('slug')
  })

  it('a malformed slug is refused, naming the field', async () => {
    const { payload } = await testPayload()
    const editor = await signIn(payload, 'editor', 'constraint-editor')
    const r = await rest('POST', 'movies', { token: editor.token, body: { title: 'Bad', slug: 'Bad Slug!', _status: 'published' } })
    expect(r.status).toBe(400)
    expect(r.body.errors[0].data.errors[0].path).toBe('slug')
  })
})
