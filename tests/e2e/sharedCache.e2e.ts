import { readFileSync } from 'node:fs'
import { startNginxCache, type NginxCache } from '../../scripts/lib/nginxCache'
import { startRedisServer } from '../support/redisServer'
import { freePort } from '../support/throwawayDatabase'
import { startAppInstance } from './appInstance'
import { adminCredentialsFile } from './credentials'
import { expect, test } from './fixtures'

/**
 * Two instances of `npm start` on one database and one Redis (a private redis-server), with
 * Debian's nginx as the CDN in front of the first. Short CDN lifetimes keep the test quick; the
 * bound they give is the one the defaults give, scaled.
 */
const cdn = { fresh: 4, stale: 4 }
let redis: Awaited<ReturnType<typeof startRedisServer>>
let a: Awaited<ReturnType<typeof startAppInstance>>
let b: Awaited<ReturnType<typeof startAppInstance>>
let nginx: NginxCache
let token: string

test.describe.configure({ mode: 'serial', timeout: 120_000 })

test.beforeAll(async () => {
  test.setTimeout(300_000)
  redis = await startRedisServer()
  const env = {
    REDIS_URL: redis.url,
    CDN_MAX_AGE_SECONDS: String(cdn.fresh),
    CDN_STALE_SECONDS: String(cdn.stale),
  }
  ;[a, b] = await Promise.all([startAppInstance(await freePort(), env), startAppInstance(await freePort(), env)])
  nginx = await startNginxCache({ origin: a.url })
  const { email, password } = JSON.parse(readFileSync(adminCredentialsFile, 'utf8'))
  const login = await fetch(`${a.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  token = (await login.json()).token
})

test.afterAll(async () => {
  await Promise.all([nginx?.stop(), a?.stop(), b?.stop()])
  await redis?.stop()
})

async function movieId(slug: string): Promise<number> {
  const { docs } = await (await fetch(`${a.url}/api/movies?where[slug][equals]=${slug}&depth=0`)).json()
  return docs[0].id
}

/** Saves a film's English title through instance A's REST API, as the admin. */
async function retitle(id: number, title: string) {
  const response = await fetch(`${a.url}/api/movies/${id}?locale=en`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify({ title }),
  })
  expect(response.status).toBe(200)
}

const heading = async (url: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec(await (await fetch(url)).text())?.[1]

/** Polls until `url`'s heading is `title`; resolves with how long that took after `since`. */
async function headingBecomes(url: string, title: string, since: number, timeout: number): Promise<number> {
  await expect.poll(() => heading(url), { timeout, intervals: [100] }).toBe(title)
  return Date.now() - since
}

test('an edit through one instance expires the cached pages of the other within 2 s', async () => {
  const id = await movieId('elephant-road')
  const film = `${b.url}/en/movies/elephant-road`
  // B caches the film page and the browse list (into the one shared cache). The home page's HTML
  // holds only its first rows; browse lists every film.
  const list = `${b.url}/en/movies`
  for (const url of [film, film, list, list]) expect((await fetch(url)).status).toBe(200)
  expect((await fetch(film)).headers.get('x-nextjs-cache')).toBe('HIT')

  const saved = Date.now()
  await retitle(id, 'Elephant Road (restored)')
  expect(await headingBecomes(film, 'Elephant Road (restored)', saved, 2_000)).toBeLessThan(2_000)
  await expect.poll(async () => (await fetch(list)).text(), { timeout: 2_000 }).toContain('Elephant Road (restored)')

  await retitle(id, 'Elephant Road')
  await headingBecomes(film, 'Elephant Road', Date.now(), 2_000)
})

test('public pages carry no Set-Cookie and give a CDN short lifetimes, in both languages', async () => {
  for (const locale of ['en', 'lo']) {
    for (const path of ['', '/movies', '/movies/monsoon-letters', '/people/1']) {
      const response = await fetch(`${a.url}/${locale}${path}`)
      expect(response.status, `${locale}${path}`).toBe(200)
      expect(response.headers.get('set-cookie'), `${locale}${path}`).toBeNull()
      expect(response.headers.get('cache-control'), `${locale}${path}`).toBe(
        `public, max-age=0, s-maxage=${cdn.fresh}, stale-while-revalidate=${cdn.stale}`,
      )
    }
    const missing = await fetch(`${a.url}/${locale}/movies/no-such-film`)
    expect(missing.status).toBe(404)
    expect(missing.headers.get('set-cookie')).toBeNull()
  }
  // Whoever answers, viewer-specific answers are never for a shared cache.
  expect((await fetch(`${a.url}/api/health`)).headers.get('cache-control')).toBe('no-store')
})

test('behind the CDN, 1,000 requests for a film page reach the origin at most once per s-maxage', async () => {
  const url = `${nginx.url}/en/movies/monsoon-letters`
  const before = nginx.originRequests().length
  const started = Date.now()
  let cookies = 0
  // At least 1,000 requests, over at least one and a half lifetimes: the CDN refreshes the page once.
  for (let sent = 0; sent < 1000 || Date.now() - started < cdn.fresh * 1500; sent += 20) {
    const responses = await Promise.all(Array.from({ length: 20 }, () => fetch(url)))
    for (const response of responses) {
      expect(response.status).toBe(200)
      if (response.headers.get('set-cookie')) cookies++
      await response.arrayBuffer()
    }
  }
  const elapsed = (Date.now() - started) / 1000
  expect(cookies).toBe(0)
  const reached = nginx.originRequests().slice(before)
  expect(reached.length).toBeGreaterThanOrEqual(2)
  expect(reached.length, reached.join('\n')).toBeLessThanOrEqual(Math.ceil(elapsed / cdn.fresh))
})

test('after an edit, the CDN serves the new title within s-maxage + stale-while-revalidate', async () => {
  const id = await movieId('monsoon-letters')
  const url = `${nginx.url}/en/movies/monsoon-letters`
  expect(await heading(url)).toBe('Monsoon Letters')
  const saved = Date.now()
  await retitle(id, 'Monsoon Letters (new cut)')
  const bound = (cdn.fresh + cdn.stale) * 1000
  expect(await headingBecomes(url, 'Monsoon Letters (new cut)', saved, bound + 2_000)).toBeLessThanOrEqual(
    bound + 1_000,
  )
  await retitle(id, 'Monsoon Letters')
})

test('with Redis stopped, pages answer 200 from the database; when it returns the cache is shared again', async () => {
  test.setTimeout(180_000)
  const id = await movieId('night-bus-to-pakse')
  const film = (instance: { url: string }) => `${instance.url}/en/movies/night-bus-to-pakse`
  await redis.stop()
  for (const url of [film(a), film(b), `${a.url}/en`, `${b.url}/lo/movies`]) {
    const started = Date.now()
    expect((await fetch(url)).status, url).toBe(200)
    expect(Date.now() - started, url).toBeLessThan(10_000)
  }
  // Without the shared cache every page is rendered from the database, so an edit shows at once.
  await retitle(id, 'Night Bus to Pakse (outage)')
  expect(await heading(film(b))).toBe('Night Bus to Pakse (outage)')

  await redis.start()
  // The instances reconnect by themselves and fill the (empty) Redis again.
  await expect
    .poll(async () => (await fetch(film(b))).headers.get('x-nextjs-cache'), { timeout: 30_000, intervals: [500] })
    .toBe('HIT')
  const saved = Date.now()
  await retitle(id, 'Night Bus to Pakse')
  expect(await headingBecomes(film(b), 'Night Bus to Pakse', saved, 2_000)).toBeLessThan(2_000)
})

test('with Redis hanging (connected, silent), pages answer from the database without waiting on it', async () => {
  const pages = [`${a.url}/en/movies/night-bus-to-pakse`, `${b.url}/lo`, `${a.url}/en/movies`]
  for (const url of pages) expect((await fetch(url)).status).toBe(200)
  redis.pause()
  try {
    for (const url of [...pages, ...pages]) {
      const started = Date.now()
      expect((await fetch(url)).status, url).toBe(200)
      expect(Date.now() - started, url).toBeLessThan(5_000)
    }
    const probe = Date.now()
    expect((await (await fetch(`${a.url}/api/ready`)).json()).checks.cache).toBe('down')
    expect(Date.now() - probe).toBeLessThan(3_000)
  } finally {
    redis.resume()
  }
  await expect
    .poll(async () => (await fetch(pages[0]!)).headers.get('x-nextjs-cache'), { timeout: 30_000, intervals: [500] })
    .toBe('HIT')
})

test('/api/health and /api/ready answer for a load balancer, and say nothing more', async () => {
  const health = await fetch(`${a.url}/api/health`)
  expect(health.status).toBe(200)
  expect(await health.json()).toEqual({ status: 'ok' })
  const ready = await fetch(`${a.url}/api/ready`)
  expect(ready.status).toBe(200)
  expect(await ready.json()).toEqual({ status: 'ok', checks: { database: 'ok', migrations: 'ok', cache: 'ok' } })
  await redis.stop()
  // The shared cache is reported, but an instance without it still serves (from the database).
  await expect
    .poll(async () => (await (await fetch(`${a.url}/api/ready`)).json()).checks.cache, { timeout: 10_000 })
    .toBe('down')
  expect((await fetch(`${a.url}/api/ready`)).status).toBe(200)
  await redis.start()
})
