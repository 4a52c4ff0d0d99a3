import { PayloadSDK } from '@payloadcms/sdk'
import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { guardApi } from '@/lib/http/apiEdge'
import type { Config } from '../../payload-types'
import { createMovie, createPaidRental, signIn, signInIntegrator, type SignedIn } from './helpers/fixtures'
import { testPayload } from './helpers/payload'

/**
 * Acceptance 4 (its SDK part) of issue 18: the official @payloadcms/sdk, as an integrator's program
 * would use it, against the REST route production serves (Payload's handlers behind our guard).
 */
let payload: Payload
let sdk: PayloadSDK<Config>
let integrator: SignedIn
let movieId: number
let rentalId: number
const password = 'ສັນຍານ-sdk-password-1234'
const email = 'sdk-viewer@int.test'

beforeAll(async () => {
  const { payload: instance, config } = await testPayload()
  payload = instance
  const handlers = { GET: REST_GET, POST: REST_POST, PATCH: REST_PATCH, DELETE: REST_DELETE } as const
  sdk = new PayloadSDK<Config>({
    baseURL: 'http://localhost:3000/api',
    // The SDK's own requests, answered by the handlers of src/app/(payload)/api/[...slug]/route.ts.
    fetch: async (input, init) => {
      const request = new Request(input, init)
      const slug = new URL(request.url).pathname
        .replace(/^\/api\//, '')
        .split('/')
        .filter(Boolean)
      const method = request.method as keyof typeof handlers
      request.headers.set('x-forwarded-for', '198.18.7.7')
      return guardApi(handlers[method](config), Promise.resolve(config))(request, { params: Promise.resolve({ slug }) })
    },
  })
  movieId = (await createMovie(payload, { title: 'River of Stars', lo: 'ແມ່ນ້ຳແຫ່ງດວງດາວ' })).id
  await payload.create({ collection: 'users', data: { email, password, role: 'viewer' }, overrideAccess: true })
  await signIn(payload, 'admin', 'admin')
  integrator = await signInIntegrator(payload, 'sdk-integrator', ['rentals'])
  rentalId = (await createPaidRental(payload, { anonymousId: 'sdk-anonymous-viewer' }, movieId)).rental.id
})

describe('@payloadcms/sdk as a client', () => {
  it('find: the published catalogue in Lao', async () => {
    const films = await sdk.find({ collection: 'movies', locale: 'lo', where: { id: { equals: movieId } }, limit: 5 })
    expect(films.docs.map((film) => film.title)).toEqual(['ແມ່ນ້ຳແຫ່ງດວງດາວ'])
    const one = await sdk.findByID({ collection: 'movies', id: movieId, locale: 'en', depth: 0 })
    expect(one.title).toBe('River of Stars')
  })

  it('login, then me with the token', async () => {
    const session = await sdk.login({ collection: 'users', data: { email, password } })
    expect(session.user.email).toBe(email)
    expect(session.token).toEqual(expect.any(String))
    const me = await sdk.me({ collection: 'users' }, { headers: { Authorization: `JWT ${session.token}` } })
    expect(me.user?.email).toBe(email)
  })

  it('an integrator key: find its granted report and me', async () => {
    const byKey = { headers: { Authorization: `users API-Key ${integrator.apiKey}` } }
    const me = await sdk.me({ collection: 'users' }, byKey)
    expect(me.user?.role).toBe('integrator')
    const rentals = await sdk.find({ collection: 'rentals', where: { movie: { equals: movieId } }, depth: 0 }, byKey)
    expect(rentals.docs.map((rental) => rental.id)).toEqual([rentalId])
    await expect(sdk.find({ collection: 'payments', limit: 1 }, byKey)).rejects.toBeTruthy()
  })
})
