import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { rateLimits } from '@/lib/rateLimits/limits'
import { newAnonymousId, signAnonymousId } from '@/lib/viewer/anonymousIdentity'
import { rest, type ApiResponse } from './helpers/api'
import { createMovie, unique } from './helpers/fixtures'
import { testPayload } from './helpers/payload'

/**
 * Rate limits on anonymous writes, through the real endpoints, counted in PostgreSQL. Each test
 * calls from an address of its own (the one the production server would have settled).
 */
let payload: Payload
let movieId: number

beforeAll(async () => {
  ;({ payload } = await testPayload())
  movieId = (await createMovie(payload, { title: 'Rate-limited film' })).id
})

let lastOctet = 0
const newAddress = () => `192.0.2.${++lastOctet}`
const strong = 'ສັນຍານ-strong-password-1'

function expectRefused(r: ApiResponse) {
  expect(r.status).toBe(429)
  expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0)
  expect(r.body.errors[0].message).toMatch(/^Too many /)
  expect(r.body.errors[0].data.retryAfterSeconds).toBe(Number(r.headers.get('retry-after')))
}

const count = async (collection: 'watch-progress' | 'payments' | 'users') =>
  (await payload.count({ collection, overrideAccess: true })).totalDocs

describe('progress saves', () => {
  it('100 cookie-less saves from one address: refused, no identity or row; rate-limited past the limit', async () => {
    const from = { 'x-forwarded-for': newAddress() }
    const rowsBefore = await count('watch-progress')
    const answers: ApiResponse[] = []
    for (let i = 0; i < 100; i++)
      answers.push(
        await rest('POST', 'watch-progress/save', {
          headers: from,
          body: { movie: movieId, progressSeconds: i, durationSeconds: 6000 },
        }),
      )
    const limit = rateLimits.unidentifiedWritesPerAddress.points
    expect(answers.slice(0, limit).map((a) => a.status)).toEqual(Array(limit).fill(401))
    for (const refused of answers.slice(limit)) expectRefused(refused)
    expect(answers.every((a) => a.headers.getSetCookie().length === 0)).toBe(true)
    expect(await count('watch-progress')).toBe(rowsBefore)
  })

  it('one viewer is limited on its own identity, wherever it calls from', async () => {
    const cookie = `lc_viewer=${signAnonymousId(newAnonymousId())}`
    const save = () =>
      rest('POST', 'watch-progress/save', {
        headers: { cookie, 'x-forwarded-for': newAddress() },
        body: { movie: movieId, progressSeconds: 10, durationSeconds: 6000 },
      })
    for (let i = 0; i < rateLimits.progressSavesPerViewer.points; i++) expect((await save()).status).toBe(200)
    expectRefused(await save())
    // Another viewer is not.
    const other = `lc_viewer=${signAnonymousId(newAnonymousId())}`
    expect(
      (
        await rest('POST', 'watch-progress/save', {
          headers: { cookie: other },
          body: { movie: movieId, progressSeconds: 10, durationSeconds: 6000 },
        })
      ).status,
    ).toBe(200)
  })
})

describe('checkout', () => {
  it('a viewer is refused past its checkouts per 10 minutes', async () => {
    const from = { 'x-forwarded-for': newAddress() }
    const first = await rest('POST', 'payments/checkout', { headers: from, body: { movie: movieId } })
    expect(first.status).toBe(201)
    const cookie = first.headers.getSetCookie()[0]!.split(';')[0]!
    for (let i = 1; i < rateLimits.checkoutsPerViewer.points; i++) {
      expect(
        (await rest('POST', 'payments/checkout', { headers: { ...from, cookie }, body: { movie: movieId } })).status,
      ).toBe(201)
    }
    expectRefused(await rest('POST', 'payments/checkout', { headers: { ...from, cookie }, body: { movie: movieId } }))
  })

  it('one address gets a bounded number of new anonymous identities', async () => {
    const from = { 'x-forwarded-for': newAddress() }
    const paymentsBefore = await count('payments')
    const limit = rateLimits.newIdentitiesPerAddress.points
    const answers = await Promise.all(
      Array.from({ length: limit + 3 }, () =>
        rest('POST', 'payments/checkout', { headers: from, body: { movie: movieId } }),
      ),
    )
    expect(answers.filter((a) => a.status === 201)).toHaveLength(limit)
    const refused = answers.filter((a) => a.status !== 201)
    expect(refused).toHaveLength(3)
    for (const r of refused) {
      expectRefused(r)
      expect(r.headers.getSetCookie()).toEqual([])
    }
    expect(await count('payments')).toBe(paymentsBefore + limit)
  })
})

describe('accounts', () => {
  it('one address may register a bounded number of accounts', async () => {
    const from = { 'x-forwarded-for': newAddress() }
    const usersBefore = await count('users')
    const register = () =>
      rest('POST', 'users', { headers: from, body: { email: `${unique('many')}@int.test`, password: strong } })
    for (let i = 0; i < rateLimits.registrationsPerAddress.points; i++) expect((await register()).status).toBe(201)
    expectRefused(await register())
    expect(await count('users')).toBe(usersBefore + rateLimits.registrationsPerAddress.points)
    // An admin creating accounts is not an anonymous sign-up.
    const adminEmail = `${unique('admin')}@int.test`
    await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: adminEmail, password: strong, role: 'admin' },
    })
    const { token } = (await rest('POST', 'users/login', { body: { email: adminEmail, password: strong } })).body
    expect(
      (
        await rest('POST', 'users', {
          token,
          headers: from,
          body: { email: `${unique('staff')}@int.test`, password: strong },
        })
      ).status,
    ).toBe(201)
  })

  it('reset requests are limited per address, whatever email they name', async () => {
    const from = { 'x-forwarded-for': newAddress() }
    const forgot = () =>
      rest('POST', 'users/forgot-password', { headers: from, body: { email: `${unique('forgot')}@int.test` } })
    for (let i = 0; i < rateLimits.resetRequestsPerAddress.points; i++) expect((await forgot()).status).toBe(200)
    expectRefused(await forgot())
  })

  it('a hostile email (1 MB, or not a string) is counted like any other and never fails the server', async () => {
    const from = { 'x-forwarded-for': newAddress() }
    const huge = `${'a'.repeat(1_000_000)}@int.test`
    expect(
      (await rest('POST', 'users/login', { headers: from, body: { email: huge, password: 'x' } })).status,
    ).toBeLessThan(500)
    expect(
      (await rest('POST', 'users/login', { headers: from, body: { email: { $ne: 1 }, password: 'x' } })).status,
    ).toBeLessThan(500)
    expect((await rest('POST', 'users/forgot-password', { headers: from, body: { email: huge } })).status).toBeLessThan(
      500,
    )
  })
})
