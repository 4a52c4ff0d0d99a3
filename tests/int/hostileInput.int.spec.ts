import { sql } from '@payloadcms/db-postgres'
import fc from 'fast-check'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { sqlFor } from '@/lib/database/sqlFor'
import { graphql, rest, type ApiResponse } from './helpers/api'
import { signIn, type SignedIn } from './helpers/fixtures'
import { testPayload } from './helpers/payload'

/**
 * Property-based: generated hostile input to every route the live config serves (our endpoints,
 * Payload's collection, auth and global routes) and to GraphQL. Whatever arrives, the answer is
 * never a 5xx, a refusal is JSON `{ errors }`, and nothing is written. Fixed seed, bounded runs.
 */
let payload: Payload
let viewer: SignedIn

const seed = 20261130
const casesPerRoute = 8

beforeAll(async () => {
  ;({ payload } = await testPayload())
  viewer = await signIn(payload, 'viewer', 'fuzz-viewer')
})

const deepJson = (depth: number) => '['.repeat(depth) + ']'.repeat(depth)
const deepObject = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)

/** Values that are wrong in every way a careless or hostile client finds; none is a valid id. */
const hostileScalar = fc.oneof(
  fc.constantFrom<unknown>(
    true,
    false,
    null,
    -1,
    0,
    -0.5,
    2 ** 31,
    2 ** 53,
    1e308,
    -1e308,
    '',
    ' ',
    'true',
    'null',
    'NaN',
    '-1',
    '2147483648',
    '1e3',
    '0x10',
  ),
  fc.constantFrom(
    "' OR 1=1 --",
    '"; DROP TABLE users; --',
    '1; SELECT pg_sleep(10)',
    '%',
    '%ff',
    '../../etc/passwd',
    '\u0000',
    'a\u0000b',
    'ສັນຍານ',
    '<script>alert(1)</script>',
  ),
  fc.constant('x'.repeat(1_000_000)),
  fc.string({ maxLength: 40 }),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.constantFrom<unknown>(null, true, 'ສັນຍານ'), { maxKeys: 3 }),
)

/** The fields our endpoints and Payload's read, so hostile values land where they are looked at. */
const knownFields = [
  'movie',
  'promoCode',
  'locale',
  'email',
  'password',
  'token',
  'tmdbId',
  'tmdbIds',
  'url',
  'progressSeconds',
  'durationSeconds',
  'observedAt',
  'sessionId',
  'events',
  'reference',
  'amountLak',
  'title',
  'slug',
  'role',
  'user',
  'anonymousId',
  'data',
]

const hostileObject = fc
  .dictionary(fc.constantFrom(...knownFields), hostileScalar, { minKeys: 1, maxKeys: 4 })
  .map((object) => JSON.stringify(object))

const invalidUtf8 = new Uint8Array([
  0x7b, 0x22, 0x65, 0x6d, 0x61, 0x69, 0x6c, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d,
])

const hostileBody: fc.Arbitrary<string | Uint8Array<ArrayBuffer> | undefined> = fc.oneof(
  fc.constantFrom<string | Uint8Array<ArrayBuffer> | undefined>(
    undefined,
    '',
    '{',
    'not json',
    '[]',
    '[1,2]',
    'null',
    '"text"',
    '42',
    'true',
    deepJson(10_000),
    deepObject(10_000),
    invalidUtf8,
    '{"email":"a\\u0000b@x.la","password":"\\u0000"}',
  ),
  hostileObject,
)

/** A path segment: hostile text, percent-encoded as a client would, or raw broken encodings. */
const hostileSegment = fc.oneof(
  hostileScalar
    .filter((value) => typeof value !== 'object' || value === null)
    .map((value) => encodeURIComponent(String(value).slice(0, 2_000))),
  fc.constantFrom(
    '%ff',
    '%',
    '%E0%A4%A',
    '%00',
    '%2e%2e',
    '-1',
    '0',
    '2147483648',
    '99999999999999999999',
    'true',
    '1.5',
  ),
)

const hostileQuery = fc.constantFrom(
  '',
  '?page=-1',
  '?page=0',
  '?page=abc',
  '?limit=-5',
  '?limit=10000',
  '?depth=10',
  '?depth=-1',
  '?where[title][near]=1,2',
  '?where[id][equals]=2147483648',
  '?where[id][equals]=true',
  '?where[title][like]=%00',
  '?sort=%00',
  '?locale=%ff',
  '?movie=true',
  '?movie=2147483648',
  `?q=${'ສ'.repeat(5_000)}`,
  '?where[or][0][and][0][title][equals]=x&where[slug][in]=%27;DROP',
)

type Route = { method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; path: string }

/** Every REST route of the live config; a route added later is fuzzed without touching this test. */
function everyRoute(): Route[] {
  const routes: Route[] = []
  const add = (prefix: string, endpoints: unknown) => {
    for (const endpoint of (endpoints || []) as { method: string; path: string }[]) {
      const method = endpoint.method.toUpperCase()
      if (method === 'GET' || method === 'POST' || method === 'PATCH' || method === 'DELETE')
        routes.push({ method, path: `${prefix}${endpoint.path === '/' ? '' : endpoint.path}` })
    }
  }
  for (const collection of payload.config.collections) add(`/${collection.slug}`, collection.endpoints)
  for (const global of payload.config.globals) add(`/globals/${global.slug}`, global.endpoints)
  add('', payload.config.endpoints)
  return routes
}

async function rowCounts(): Promise<Record<string, number>> {
  const db = await sqlFor(payload)
  const { rows } = await db.execute(sql`
    SELECT (SELECT count(*) FROM rentals)::int AS rentals, (SELECT count(*) FROM payments)::int AS payments,
           (SELECT count(*) FROM watch_progress)::int AS progress, (SELECT count(*) FROM users)::int AS users`)
  return rows[0] as Record<string, number>
}

function expectWellFormed(response: ApiResponse, what: string) {
  expect(
    response.status,
    `${what} answered ${response.status}: ${JSON.stringify(response.body).slice(0, 300)}`,
  ).toBeLessThan(500)
  if (response.status >= 400) {
    expect(
      Array.isArray(response.body?.errors),
      `${what} answered ${response.status} without { errors }: ${String(response.body).slice(0, 200)}`,
    ).toBe(true)
    expect(typeof response.body.errors[0]?.message, what).toBe('string')
  }
}

describe('hostile input to every route', () => {
  it('never answers 5xx, refuses with { errors }, and writes nothing', async () => {
    const routes = everyRoute()
    expect(routes.length).toBeGreaterThan(100)
    const before = await rowCounts()
    const failures: string[] = []
    for (const [index, route] of routes.entries()) {
      // Every route is tried even after one fails, so a run reports all of them at once.
      const result = await fc.check(
        fc.asyncProperty(
          hostileSegment,
          hostileQuery,
          hostileBody,
          fc.boolean(),
          async (segment, query, body, asViewer) => {
            const path = route.path.replace(/:[a-zA-Z]+\??/g, segment) + query
            const response = await rest(route.method, path, {
              token: asViewer ? viewer.token : undefined,
              ...(route.method === 'GET' || body === undefined
                ? {}
                : { rawBody: body, headers: { 'Content-Type': 'application/json' } }),
            })
            expectWellFormed(response, `${route.method} /api${path.slice(0, 120)}`)
          },
        ),
        // A seed per route, so that routes do not all get the same cases.
        { seed: seed + index, numRuns: casesPerRoute, endOnFailure: true },
      )
      if (result.failed)
        failures.push(
          String(result.errorInstance instanceof Error ? result.errorInstance.message : result.errorInstance)
            .split('\n')[0]!
            .slice(0, 300),
        )
    }
    expect(failures).toEqual([])
    expect(await rowCounts()).toEqual(before)
  })

  it('GraphQL: invalid JSON, wrong shapes and hostile variables never answer 5xx', async () => {
    const hostileGraphqlBody = fc.oneof(
      hostileBody.filter((body) => body !== undefined),
      fc
        .tuple(
          fc.constantFrom(
            'query ($id: Int!) { Movie(id: $id) { id title } }',
            'query ($s: String) { Movies(where: { title: { like: $s } }) { docs { id } } }',
            'mutation ($e: String!) { loginUser(email: $e, password: $e) { token } }',
          ),
          hostileScalar,
        )
        .map(([query, value]) => JSON.stringify({ query, variables: { id: value, s: value, e: value } })),
    )
    await fc.assert(
      fc.asyncProperty(hostileGraphqlBody, async (body) => {
        expectWellFormed(await graphql('', { rawBody: body }), `GraphQL ${String(body).slice(0, 80)}`)
      }),
      { seed, numRuns: 60, endOnFailure: true },
    )
  })

  it('answers the hand-picked cases with a 4xx naming the field', async () => {
    const cases: [Route['method'], string, unknown, number, string?][] = [
      ['GET', 'movies/true/stream', undefined, 400, 'id'],
      ['GET', 'movies/2147483648/stream', undefined, 400, 'id'],
      ['GET', 'movies/abc/subtitles/lo', undefined, 400, 'id'],
      ['GET', 'rentals/status?movie=true', undefined, 400, 'movie'],
      ['GET', 'payments/1.5/status', undefined, 400, 'id'],
      ['POST', 'payments/checkout', { movie: true }, 400, 'movie'],
      ['POST', 'payments/checkout', { movie: 1, promoCode: 'PI\u0000MAI' }, 400, 'promoCode'],
      ['POST', 'watch-progress/save', { movie: '1e3', progressSeconds: 1, durationSeconds: 2 }, 400, 'movie'],
      ['POST', 'users/login', { email: 'a\u0000@x.la', password: 'x' }, 400, 'email'],
      ['GET', 'movies?page=-1', undefined, 400, 'page'],
      ['GET', 'movies?where[title][near]=1,2', undefined, 400, 'where[title][near]'],
      ['GET', 'movies/%ff', undefined, 400, 'path'],
    ]
    for (const [method, path, body, status, field] of cases) {
      const r = await rest(method, path, { body })
      expect(r.status, `${method} ${path}: ${JSON.stringify(r.body)}`).toBe(status)
      if (field) expect(r.body.errors[0].field, `${method} ${path}`).toBe(field)
    }
  })

  it('refuses a body over the limit with 413 before reading it whole', async () => {
    const r = await rest('POST', 'users/login', {
      rawBody: JSON.stringify({ email: 'x'.repeat(2 * 1024 * 1024) }),
      headers: { 'Content-Type': 'application/json' },
    })
    expect(r.status).toBe(413)
    expect(r.body.errors[0].message).toMatch(/at most 1048576 bytes/)
  })
})
