import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { graphql, rest } from './helpers/api'
import { createMovie, createPaidRental, signIn, type SignedIn } from './helpers/fixtures'
import { testPayload } from './helpers/payload'

/**
 * The security matrix between two viewers: B can neither read, change nor delete A's rentals,
 * payments, progress or account, through REST, GraphQL or any of our own endpoints.
 */
let payload: Payload
let a: SignedIn
let b: SignedIn
const ids = {} as { movie: number; rental: number; payment: number; progress: number; watchlist: number }

beforeAll(async () => {
  ;({ payload } = await testPayload())
  a = await signIn(payload, 'viewer', 'isolation-a')
  b = await signIn(payload, 'viewer', 'isolation-b')
  ids.movie = (await createMovie(payload, { title: 'Isolation film', lo: 'ສັນຍານ ແຍກ' })).id
  const paid = await createPaidRental(payload, { user: a.user.id }, ids.movie)
  ids.rental = paid.rental.id
  ids.payment = paid.payment.id
  const saved = await rest('POST', 'watch-progress/save', {
    token: a.token,
    body: { movie: ids.movie, progressSeconds: 1200, durationSeconds: 6000 },
  })
  expect(saved.status).toBe(200)
  const listed = await rest('POST', 'watchlist-items', { token: a.token, body: { movie: ids.movie } })
  expect(listed.status).toBe(201)
  ids.watchlist = listed.body.doc.id
  ids.progress = (
    await payload.find({ collection: 'watch-progress', where: { user: { equals: a.user.id } }, overrideAccess: true })
  ).docs[0]!.id
})

describe("viewer B and viewer A's rows, through REST", () => {
  for (const [collection, id] of [
    ['rentals', () => ids.rental],
    ['payments', () => ids.payment],
    ['watch-progress', () => ids.progress],
    ['watchlist-items', () => ids.watchlist],
    ['users', () => a.user.id],
  ] as const) {
    it(`${collection}: A reads its own; B cannot read, list, change or delete it`, async () => {
      expect((await rest('GET', `${collection}/${id()}`, { token: a.token })).status).toBe(200)
      expect([403, 404]).toContain((await rest('GET', `${collection}/${id()}`, { token: b.token })).status)
      const list = await rest('GET', `${collection}?limit=1000&depth=0`, { token: b.token })
      expect((list.body.docs ?? []).map((d: { id: number }) => d.id)).not.toContain(id())
      const change =
        collection === 'users'
          ? { displayName: 'hijacked' }
          : collection === 'watch-progress'
            ? { progressSeconds: 1 }
            : collection === 'watchlist-items'
              ? { movie: ids.movie }
              : { expiresAt: new Date(Date.now() + 9e9).toISOString() }
      expect([403, 404]).toContain(
        (await rest('PATCH', `${collection}/${id()}`, { token: b.token, body: change })).status,
      )
      expect([403, 404]).toContain((await rest('DELETE', `${collection}/${id()}`, { token: b.token })).status)
    })
  }

  it('the same film twice on one watchlist is refused', async () => {
    const again = await rest('POST', 'watchlist-items', { token: a.token, body: { movie: ids.movie } })
    expect(again.status).toBe(400)
    expect(
      await payload.count({
        collection: 'watchlist-items',
        where: { user: { equals: a.user.id } },
        overrideAccess: true,
      }),
    ).toMatchObject({ totalDocs: 1 })
  })

  it('nothing of A changed', async () => {
    expect(
      await payload.count({
        collection: 'watchlist-items',
        where: { id: { equals: ids.watchlist } },
        overrideAccess: true,
      }),
    ).toMatchObject({ totalDocs: 1 })
    const progress = await payload.findByID({ collection: 'watch-progress', id: ids.progress, overrideAccess: true })
    expect(progress.progressSeconds).toBe(1200)
    expect((await payload.findByID({ collection: 'users', id: a.user.id, overrideAccess: true })).displayName).toBe(
      'isolation-a',
    )
    expect(
      await payload.count({ collection: 'rentals', where: { id: { equals: ids.rental } }, overrideAccess: true }),
    ).toMatchObject({ totalDocs: 1 })
  })
})

describe("viewer B and viewer A's rows, through GraphQL", () => {
  it('B reads none of them and changes none of them', async () => {
    const read = await graphql(
      `{ Rental(id: ${ids.rental}) { id } Payment(id: ${ids.payment}) { id }
        WatchProgress(id: ${ids.progress}) { id } User(id: ${a.user.id}) { id } }`,
      { token: b.token },
    )
    expect(read.body.data?.Rental ?? null).toBeNull()
    expect(read.body.data?.Payment ?? null).toBeNull()
    expect(read.body.data?.WatchProgress ?? null).toBeNull()
    expect(read.body.data?.User ?? null).toBeNull()
    const lists = await graphql(
      `
        {
          Rentals(limit: 1000) {
            docs {
              id
            }
          }
          Users(limit: 1000) {
            docs {
              id
            }
          }
        }
      `,
      { token: b.token },
    )
    expect(lists.body.data.Rentals.docs.map((d: { id: number }) => d.id)).not.toContain(ids.rental)
    expect(lists.body.data.Users.docs.map((d: { id: number }) => d.id)).toEqual([b.user.id])
    for (const mutation of [
      `mutation { updateWatchProgress(id: ${ids.progress}, data: { progressSeconds: 1 }) { id } }`,
      `mutation { deleteWatchProgress(id: ${ids.progress}) { id } }`,
      `mutation { updateUser(id: ${a.user.id}, data: { displayName: "hijacked" }) { id } }`,
      `mutation { deleteUser(id: ${a.user.id}) { id } }`,
    ]) {
      const r = await graphql(mutation, { token: b.token })
      expect(r.body.errors?.length, mutation).toBeGreaterThan(0)
    }
  })
})

describe("viewer B and viewer A's rows, through our own endpoints", () => {
  it('payment status, rental status, my rentals and progress saves answer only for the caller', async () => {
    expect((await rest('GET', `payments/${ids.payment}/status`, { token: a.token })).status).toBe(200)
    expect((await rest('GET', `payments/${ids.payment}/status`, { token: b.token })).status).toBe(404)
    expect((await rest('GET', `rentals/status?movie=${ids.movie}`, { token: a.token })).body.state).toBe('active')
    expect((await rest('GET', `rentals/status?movie=${ids.movie}`, { token: b.token })).body.state).toBe('none')
    expect((await rest('GET', 'rentals/mine', { token: b.token })).body.docs).toEqual([])
    // B saving progress on the same film writes B's row, never A's.
    expect(
      (
        await rest('POST', 'watch-progress/save', {
          token: b.token,
          body: { movie: ids.movie, progressSeconds: 5, durationSeconds: 6000 },
        })
      ).status,
    ).toBe(200)
    expect(
      (await payload.findByID({ collection: 'watch-progress', id: ids.progress, overrideAccess: true }))
        .progressSeconds,
    ).toBe(1200)
    const rows = await payload.find({
      collection: 'watch-progress',
      where: { movie: { equals: ids.movie } },
      overrideAccess: true,
      depth: 0,
    })
    expect(rows.docs.map((r) => r.user).sort()).toEqual([a.user.id, b.user.id].sort())
  })

  it('a progress save with a bad body is a 400 naming the field', async () => {
    const r = await rest('POST', 'watch-progress/save', {
      token: a.token,
      body: { movie: ids.movie, progressSeconds: -5, durationSeconds: 6000 },
    })
    expect(r.status).toBe(400)
    expect(r.body.errors[0].field).toBe('progressSeconds')
  })
})
