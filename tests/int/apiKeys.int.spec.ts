import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { keyHash } from '@/lib/apiKeys/keys'
import { rateLimits } from '@/lib/rateLimits/limits'
import { consume } from '@/lib/rateLimits/rateLimiter'
import { graphql, rest } from './helpers/api'
import {
  createMovie,
  createPaidRental,
  issueApiKey,
  signIn,
  signInIntegrator,
  unique,
  type SignedIn,
} from './helpers/fixtures'
import { testPayload } from './helpers/payload'

/**
 * Acceptance 1 of issue 18: an integrator's key reads the catalogue and the reports it was granted,
 * writes nothing, stops the moment it is revoked, records its last use, and is never read back.
 */
let payload: Payload
let admin: SignedIn
let viewer: SignedIn
/** Granted the rentals report only. */
let integrator: SignedIn
let key: string
const ids = {} as Record<'published' | 'draft' | 'rental' | 'payment', number>

beforeAll(async () => {
  ;({ payload } = await testPayload())
  admin = await signIn(payload, 'admin', 'admin')
  viewer = await signIn(payload, 'viewer', 'keys-viewer')
  integrator = await signInIntegrator(payload, 'keys-integrator', ['rentals'])
  key = integrator.apiKey!
  ids.published = (await createMovie(payload, { title: 'Published for keys', lo: 'ສັນຍານ' })).id
  ids.draft = (await createMovie(payload, { title: 'Draft for keys', status: 'draft' })).id
  const paid = await createPaidRental(payload, { user: viewer.user.id }, ids.published)
  ids.rental = paid.rental.id
  ids.payment = paid.payment.id
})

const asIntegrator = () => ({ apiKey: key })

describe('an admin issues a key', () => {
  it('the create answers the plain key once; read back: only its prefix, never the key or hash', async () => {
    const created = await rest('POST', 'api-keys?depth=0', {
      token: admin.token,
      body: { name: 'ສັນຍານ telco app', owner: integrator.user.id },
    })
    expect(created.status).toBe(201)
    const plain: string = created.body.doc.key
    expect(plain).toMatch(/^lc_live_[A-Za-z0-9_-]{43}$/)
    expect(created.body.doc.hash).toBeUndefined()
    expect(plain.startsWith(created.body.doc.prefix.replace('…', ''))).toBe(true)
    expect(created.body.doc.createdBy).toBe(admin.user.id)

    const again = await rest('GET', `api-keys/${created.body.doc.id}`, { token: admin.token })
    expect(again.status).toBe(200)
    expect(JSON.stringify(again.body)).not.toContain(plain)
    expect(again.body.hash).toBeUndefined()
    expect(again.body.key ?? null).toBeNull()
    const list = await rest('GET', 'api-keys?limit=100', { token: admin.token })
    expect(JSON.stringify(list.body)).not.toContain(plain)
    expect(JSON.stringify(list.body)).not.toContain(keyHash(plain))

    const viaGraphQL = await graphql('{ ApiKeys(limit: 100) { docs { id name prefix key hash } } }', {
      token: admin.token,
    })
    expect(JSON.stringify(viaGraphQL.body)).not.toContain(plain)
    expect(JSON.stringify(viaGraphQL.body)).not.toContain(keyHash(plain))

    // What is stored is the HMAC, never the key.
    const stored = await payload.db.drizzle.execute(`SELECT hash FROM api_keys WHERE id = ${created.body.doc.id}`)
    expect(stored.rows[0]!.hash).toBe(keyHash(plain))
  })

  it('a key that was sent in the create body is ignored: the server makes every key', async () => {
    const created = await rest('POST', 'api-keys', {
      token: admin.token,
      body: { name: 'ສັນຍານ chosen', owner: integrator.user.id, key: 'lc_live_mine', hash: 'x', prefix: 'x' },
    })
    expect(created.status).toBe(201)
    expect(created.body.doc.key).not.toBe('lc_live_mine')
    expect((await rest('GET', 'users/me', { apiKey: 'lc_live_mine' })).status).toBe(401)
  })

  it('keys go only to integrator accounts', async () => {
    const refused = await rest('POST', 'api-keys', { token: admin.token, body: { name: 'x', owner: viewer.user.id } })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].field).toBe('owner')
  })

  it('the integrator itself (by key or password) cannot list, read or make keys', async () => {
    for (const as of [asIntegrator(), { token: integrator.token }]) {
      expect((await rest('GET', 'api-keys', as)).status).toBe(403)
      expect((await rest('POST', 'api-keys', { ...as, body: { name: 'x', owner: integrator.user.id } })).status).toBe(
        403,
      )
    }
  })
})

describe('what a key may do', () => {
  it('reads the published catalogue in both languages, never drafts', async () => {
    const lo = await rest('GET', `movies/${ids.published}?locale=lo&depth=0`, asIntegrator())
    expect(lo.status).toBe(200)
    expect(lo.body.title).toBe('ສັນຍານ')
    expect((await rest('GET', `movies/${ids.draft}?draft=true`, asIntegrator())).status).toBe(404)
    const list = await rest('GET', 'movies?limit=100&depth=0', asIntegrator())
    expect(list.body.docs.some((doc: { id: number }) => doc.id === ids.published)).toBe(true)
    expect(list.body.docs.some((doc: { id: number }) => doc.id === ids.draft)).toBe(false)
    expect((await rest('GET', 'people?limit=1', asIntegrator())).status).toBe(200)
    expect((await rest('GET', 'genres?limit=1', asIntegrator())).status).toBe(200)
  })

  it('also as a bearer token; `me` is the integrator account', async () => {
    const me = await rest('GET', 'users/me', { headers: { Authorization: `Bearer ${key}` } })
    expect(me.status).toBe(200)
    expect(me.body.user.id).toBe(integrator.user.id)
    expect(me.body.user.role).toBe('integrator')
  })

  it('reads the reports it was granted (rentals: every one) and not the others (payments)', async () => {
    const rentals = await rest('GET', 'rentals?limit=1000&depth=0', asIntegrator())
    expect(rentals.status).toBe(200)
    expect(rentals.body.docs.some((doc: { id: number }) => doc.id === ids.rental)).toBe(true)
    expect((await rest('GET', `payments/${ids.payment}`, asIntegrator())).status).toBe(403)
    expect((await rest('GET', 'payments', asIntegrator())).status).toBe(403)
    const viaGraphQL = await graphql('{ Payments { docs { id amountLak } } }', asIntegrator())
    expect(viaGraphQL.body.data?.Payments ?? null).toBeNull()
  })

  it('writes no film, rental, payment, user or role (REST and GraphQL), and never pays', async () => {
    const before = await payload.findByID({ collection: 'movies', id: ids.published })
    const attempts = [
      await rest('POST', 'movies', {
        ...asIntegrator(),
        body: { title: 'x', slug: unique('x'), _status: 'published' },
      }),
      await rest('PATCH', `movies/${ids.published}`, { ...asIntegrator(), body: { rentalPriceLak: 1 } }),
      await rest('DELETE', `movies/${ids.published}`, asIntegrator()),
      await rest('PATCH', `rentals/${ids.rental}`, {
        ...asIntegrator(),
        body: { expiresAt: new Date().toISOString() },
      }),
      await rest('POST', 'rentals', { ...asIntegrator(), body: { movie: ids.published } }),
      await rest('PATCH', `payments/${ids.payment}`, { ...asIntegrator(), body: { status: 'refunded' } }),
      await rest('PATCH', `users/${integrator.user.id}`, { ...asIntegrator(), body: { role: 'admin' } }),
      await rest('PATCH', `users/${integrator.user.id}`, { ...asIntegrator(), body: { password: 'ສັນຍານ-new-pass' } }),
      await rest('POST', 'users', {
        ...asIntegrator(),
        body: { email: `${unique('by-key')}@int.test`, password: 'ສັນຍານ-strong' },
      }),
      await rest('POST', 'payments/checkout', { ...asIntegrator(), body: { movie: ids.published } }),
    ]
    for (const attempt of attempts) {
      expect(attempt.status, JSON.stringify(attempt.body)).toBeGreaterThanOrEqual(400)
      expect(attempt.status).toBeLessThan(500)
      expect(attempt.body.errors[0].message).toEqual(expect.any(String))
    }
    const mutation = await graphql(
      `mutation { updateMovie(id: ${ids.published}, data: { rentalPriceLak: 1 }) { id } }`,
      {
        apiKey: key,
      },
    )
    expect(mutation.body.errors?.length).toBeGreaterThan(0)
    const after = await payload.findByID({ collection: 'movies', id: ids.published })
    expect(after.rentalPriceLak).toBe(before.rentalPriceLak)
    expect((await payload.findByID({ collection: 'users', id: integrator.user.id })).role).toBe('integrator')
    expect(
      (await payload.find({ collection: 'payments', where: { user: { equals: integrator.user.id } } })).totalDocs,
    ).toBe(0)
  })
})

describe('no admin panel', () => {
  it('an integrator does not reach /admin', async () => {
    const users = payload.config.collections.find((collection) => collection.slug === 'users')!
    const req = await createLocalReq({ user: { ...integrator.user, collection: 'users' } }, payload)
    expect(await users.access.admin!({ req })).toBe(false)
  })
})

describe('last use and revocation', () => {
  it('records when a key was last used', async () => {
    const fresh = await issueApiKey(payload, integrator.user.id)
    const row = async () =>
      (await payload.find({ collection: 'api-keys', where: { prefix: { equals: `${fresh.slice(0, 14)}…` } } })).docs[0]!
    expect((await row()).lastUsedAt ?? null).toBeNull()
    const startedAt = Date.now()
    expect((await rest('GET', 'movies?limit=1', { apiKey: fresh })).status).toBe(200)
    const lastUsed = new Date((await row()).lastUsedAt!).getTime()
    expect(lastUsed).toBeGreaterThanOrEqual(startedAt - 1000)
    expect(lastUsed).toBeLessThanOrEqual(Date.now() + 1000)
  })

  it('a revoked key stops working on the very next request, REST and GraphQL; revoking is final', async () => {
    const doomed = await issueApiKey(payload, integrator.user.id)
    expect((await rest('GET', 'rentals?limit=1', { apiKey: doomed })).status).toBe(200)
    const { docs } = await payload.find({
      collection: 'api-keys',
      where: { prefix: { equals: `${doomed.slice(0, 14)}…` } },
    })
    const revoked = await rest('PATCH', `api-keys/${docs[0]!.id}`, { token: admin.token, body: { revoked: true } })
    expect(revoked.status).toBe(200)
    expect(revoked.body.doc.revokedAt).toEqual(expect.any(String))

    const refused = await rest('GET', 'rentals?limit=1', { apiKey: doomed })
    expect(refused.status).toBe(401)
    expect(refused.body.errors[0]).toMatchObject({ field: 'authorization' })
    expect((await rest('GET', 'users/me', { headers: { Authorization: `Bearer ${doomed}` } })).status).toBe(401)
    expect((await graphql('{ Rentals { docs { id } } }', { apiKey: doomed })).status).toBe(401)

    const undo = await rest('PATCH', `api-keys/${docs[0]!.id}`, { token: admin.token, body: { revoked: false } })
    expect(undo.status).toBe(400)
    expect((await rest('GET', 'rentals?limit=1', { apiKey: doomed })).status).toBe(401)
  })

  it('a key stops when its account stops being an integrator', async () => {
    const other = await signInIntegrator(payload, 'keys-demoted', ['rentals', 'payments'])
    expect((await rest('GET', 'payments?limit=1', { apiKey: other.apiKey })).status).toBe(200)
    await payload.update({ collection: 'users', id: other.user.id, data: { role: 'viewer' } })
    expect((await rest('GET', 'payments?limit=1', { apiKey: other.apiKey })).status).toBe(401)
  })
})

describe("a key's own rate limit", () => {
  it('past the limit, 429 with Retry-After in the one error shape; other keys are unaffected', async () => {
    const busy = await issueApiKey(payload, integrator.user.id)
    const limit = rateLimits.requestsPerApiKey
    // The limit's counter, filled as that many requests would fill it.
    for (let used = 0; used < limit.points; used += 100) {
      await Promise.all(Array.from({ length: 100 }, () => consume(payload, limit, keyHash(busy))))
    }
    const refused = await rest('GET', 'movies?limit=1', { apiKey: busy })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(limit.windowSeconds)
    expect(refused.body.errors[0].message).toMatch(/Too many requests/)
    expect((await rest('GET', 'movies?limit=1', asIntegrator())).status).toBe(200)
  })
})
