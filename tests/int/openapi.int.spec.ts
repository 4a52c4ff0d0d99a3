import { compileErrors, validate } from '@readme/openapi-parser'
import { Ajv2020 } from 'ajv/dist/2020.js'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { openApiDocument } from '@/lib/openapi/document'
import { endpointDocOf } from '@/lib/openapi/endpointDoc'
import { ourEndpoints } from '@/lib/openapi/ourEndpoints'
import { rest, type ApiResponse } from './helpers/api'
import { createMovie, signInIntegrator, type SignedIn } from './helpers/fixtures'
import { testPayload } from './helpers/payload'

/**
 * Acceptance 2 of issue 18: /api/openapi.json validates, describes every custom endpoint, and real
 * answers of the API fit the schemas it gives.
 */
let payload: Payload
let document: any
let integrator: SignedIn
let movieId: number
const ajv = new Ajv2020({ strict: false, validateSchema: false, allErrors: true })

beforeAll(async () => {
  ;({ payload } = await testPayload())
  document = await openApiDocument(payload)
  // Validation dereferences in place: a copy, so the tests below read the document as served.
  ajv.addSchema(structuredClone(document), 'openapi')
  integrator = await signInIntegrator(payload, 'openapi-integrator', ['rentals'])
  movieId = (await createMovie(payload, { title: 'Lanterns of Luang Prabang', lo: 'ໂຄມໄຟຫຼວງພະບາງ' })).id
})

/** The document's schema for one answer, its `#/components/…` references resolved against the document. */
function responseSchema(path: string, method: string, status: number) {
  const response = document.paths[path]?.[method]?.responses?.[status]
  if (!response) throw new Error(`${method.toUpperCase()} ${path} ${status} is not described`)
  const schema = response.content['application/json'].schema
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/'))
}

function expectAnswerFits(answer: ApiResponse, path: string, method: string) {
  const check = ajv.compile(responseSchema(path, method, answer.status))
  const fits = check(answer.body)
  expect(fits, JSON.stringify(check.errors, null, 2)).toBe(true)
}

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1 (@readme/openapi-parser)', async () => {
    expect(document.openapi).toBe('3.1.0')
    const result = await validate(structuredClone(document))
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true)
  })

  it('describes every custom endpoint in the live config (one added without a description fails here)', async () => {
    const mounted = await ourEndpoints(payload.config)
    expect(mounted.length).toBeGreaterThanOrEqual(15)
    const undocumented = mounted
      .filter(({ endpoint }) => !endpointDocOf(endpoint.custom))
      .map(({ path, endpoint }) => `${endpoint.method.toUpperCase()} ${path}`)
    expect(undocumented).toEqual([])
    for (const { path, endpoint } of mounted) expect(document.paths[path]?.[endpoint.method]).toBeDefined()
  })

  it('lists the collection routes integrators may use with their parameters, and no staff-only collection', () => {
    const list = document.paths['/api/movies'].get
    const names = list.parameters.map((parameter: { name: string }) => parameter.name)
    for (const name of ['locale', 'fallback-locale', 'depth', 'select', 'where', 'limit', 'page', 'sort']) {
      expect(names).toContain(name)
    }
    expect(document.paths['/api/movies/{id}'].get).toBeDefined()
    expect(document.paths['/api/rentals'].get).toBeDefined()
    // Nobody but staff creates films, and nobody at all reads keys, promo codes or jobs through the API.
    expect(document.paths['/api/movies'].post).toBeUndefined()
    for (const closed of ['/api/api-keys', '/api/promo-codes', '/api/payload-jobs', '/api/payload-migrations']) {
      expect(document.paths[closed]).toBeUndefined()
    }
    for (const auth of ['login', 'logout', 'me', 'refresh-token', 'forgot-password', 'reset-password']) {
      expect(document.paths[`/api/users/${auth}`]).toBeDefined()
    }
    expect(Object.keys(document.components.securitySchemes).sort()).toEqual(['apiKey', 'bearerKey', 'cookie', 'jwt'])
    // A key's hash is never answered, so never described either.
    expect(document.components.schemas.ApiKeys.properties.hash).toBeUndefined()
    expect(document.components.schemas.Users.properties.salt).toBeUndefined()
  })

  it('takes custom endpoints’ schemas from their zod schemas', () => {
    const checkout = document.paths['/api/payments/checkout'].post
    const body = checkout.requestBody.content['application/json'].schema
    expect(body.required).toEqual(['movie'])
    expect(body.properties.locale.enum).toEqual(['en', 'lo'])
    expect(checkout.responses['201'].content['application/json'].schema.properties.payment).toBeDefined()
    expect(checkout.responses['409'].content['application/json'].schema.$ref).toBe('#/components/schemas/Error')
  })
})

describe('real answers fit the document', () => {
  for (const locale of ['en', 'lo'] as const) {
    it(`the movies list and a film's detail (${locale}, depth 0 and 1), anonymous and by key`, async () => {
      for (const auth of [{}, { apiKey: integrator.apiKey }]) {
        for (const depth of [0, 1]) {
          const list = await rest('GET', `movies?locale=${locale}&depth=${depth}&limit=5`, auth)
          expect(list.status).toBe(200)
          expectAnswerFits(list, '/api/movies', 'get')
          const one = await rest('GET', `movies/${movieId}?locale=${locale}&depth=${depth}`, auth)
          expect(one.status).toBe(200)
          expect(one.body.title).toBe(locale === 'lo' ? 'ໂຄມໄຟຫຼວງພະບາງ' : 'Lanterns of Luang Prabang')
          expectAnswerFits(one, '/api/movies/{id}', 'get')
        }
      }
    })
  }

  it('people, genres, rentals (a granted report) and the homepage', async () => {
    const auth = { apiKey: integrator.apiKey }
    for (const [url, path] of [
      ['people?limit=3&depth=1', '/api/people'],
      ['genres?limit=3', '/api/genres'],
      ['rentals?limit=3', '/api/rentals'],
      ['globals/homepage?depth=1', '/api/globals/homepage'],
    ] as const) {
      const answer = await rest('GET', url, auth)
      expect(answer.status).toBe(200)
      expectAnswerFits(answer, path, 'get')
    }
  })

  it('a checkout, the payment status, and the rental status', async () => {
    const checkout = await rest('POST', 'payments/checkout', { body: { movie: movieId, locale: 'lo' } })
    expect(checkout.status).toBe(201)
    expectAnswerFits(checkout, '/api/payments/checkout', 'post')
    const cookie = checkout.headers.get('set-cookie')!.split(';')[0]!
    const status = await rest('GET', `payments/${checkout.body.payment.id}/status`, { headers: { cookie } })
    expect(status.status).toBe(200)
    expectAnswerFits(status, '/api/payments/{id}/status', 'get')
    const rental = await rest('GET', `rentals/status?movie=${movieId}`, { headers: { cookie } })
    expect(rental.status).toBe(200)
    expectAnswerFits(rental, '/api/rentals/status', 'get')
  })

  it('errors: a bad checkout body, a missing film, a write refused to a key', async () => {
    const bad = await rest('POST', 'payments/checkout', { body: { movie: 'ສັນຍານ' } })
    expect(bad.status).toBe(400)
    expectAnswerFits(bad, '/api/payments/checkout', 'post')
    const missing = await rest('GET', 'movies/2147483000')
    expect(missing.status).toBe(404)
    expectAnswerFits(missing, '/api/movies/{id}', 'get')
    const refused = await rest('GET', 'payments?limit=1', { apiKey: integrator.apiKey })
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toEqual(expect.any(String))
  })
})
