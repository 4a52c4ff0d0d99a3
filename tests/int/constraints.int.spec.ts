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

  // Each rental with a payment of its own, as the server writes them.
  const insertRental = `WITH payment AS (
      INSERT INTO payments (user_id, anonymous_id, movie_id, status, amount_lak, list_price_lak, provider)
      VALUES ($1, $2, $3, 'paid', 20000, 20000, 'demo') RETURNING id)
    INSERT INTO rentals (user_id, anonymous_id, movie_id, starts_at, expires_at, payment_id)
    SELECT $1, $2, $3, now(), now() + interval '24 hours', id FROM payment`
  const insertPayment = `
    INSERT INTO payments (user_id, anonymous_id, movie_id, status, amount_lak, list_price_lak, provider)
    VALUES ($1, $2, $3, 'pending', $4, 20000, 'demo') RETURNING id`

  it('rentals: exactly one owner — a user or an anonymous id, not both, not neither', async () => {
    await sql.query(insertRental, [userId, null, movieId])
    await sql.query(insertRental, [null, unique('anon'), movieId])
    await rejects(insertRental, [null, null, movieId], check_violation)
    await rejects(insertRental, [null, '', movieId], check_violation)
    await rejects(insertRental, [userId, unique('anon'), movieId], check_violation)
  })

  it('payments: exactly one owner, and no negative amount', async () => {
    await sql.query(insertPayment, [userId, null, movieId, 20000])
    await rejects(insertPayment, [null, null, movieId, 20000], check_violation)
    await rejects(insertPayment, [userId, unique('anon'), movieId, 20000], check_violation)
    await rejects(insertPayment, [userId, null, movieId, -1], check_violation)
  })

  it('rentals: one payment pays for one rental', async () => {
    const { rows } = await sql.query(insertPayment, [userId, null, movieId, 20000])
    const insert = `INSERT INTO rentals (user_id, movie_id, starts_at, expires_at, payment_id)
      VALUES ($1, $2, now(), now() + interval '1 day', $3)`
    await sql.query(insert, [userId, movieId, rows[0].id])
    await rejects(insert, [userId, movieId, rows[0].id], unique_violation)
  })

  const insertProgress = `
    INSERT INTO watch_progress (user_id, anonymous_id, movie_id, progress_seconds, duration_seconds)
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
  it('a viewer row without an owner is refused, naming the field', async () => {
    const { payload } = await testPayload()
    const admin = await signIn(payload, 'admin', 'constraint-admin')
    const movie = await createMovie(payload, { title: 'Owner film' })
    // Admins may name any owner, so naming none is theirs to get wrong.
    const r = await rest('POST', 'watch-progress', {
      token: admin.token,
      body: { movie: movie.id, progressSeconds: 1, durationSeconds: 100 },
    })
    expect(r.status).toBe(400)
    expect(r.body.errors[0].data.errors[0]).toMatchObject({ path: 'user' })
  })

  it('a duplicate slug is refused, naming the field', async () => {
    const { payload } = await testPayload()
    const editor = await signIn(payload, 'editor', 'constraint-editor')
    const slug = unique('taken')
    await createMovie(payload, { title: 'First', slug })
    const r = await rest('POST', 'movies', {
      token: editor.token,
      body: { title: 'Second', slug, _status: 'published' },
    })
    expect(r.status).toBe(400)
    expect(JSON.stringify(r.body.errors)).toContain('slug')
  })

  it('a malformed slug is refused, naming the field', async () => {
    const { payload } = await testPayload()
    const editor = await signIn(payload, 'editor', 'constraint-editor')
    const r = await rest('POST', 'movies', {
      token: editor.token,
      body: { title: 'Bad', slug: 'Bad Slug!', _status: 'published' },
    })
    expect(r.status).toBe(400)
    expect(r.body.errors[0].data.errors[0].path).toBe('slug')
  })
})
