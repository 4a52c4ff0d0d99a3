import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { NextRequest } from 'next/server'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDatabaseIfMissing } from '@/lib/database/createDatabase'
import { startEmbeddedPostgres, type RunningPostgres } from '@/lib/database/embeddedPostgres'
import { migrateDatabase } from '@/lib/database/migrateDatabase'
import proxy from '@/proxy'
import { migrations } from '../../migrations'
import { rest } from './helpers/api'
import { freePort } from '../support/throwawayDatabase'
import { createMovie } from './helpers/fixtures'
import { testPayload } from './helpers/payload'

/**
 * A database outage, for real: this file runs on a PostgreSQL server of its own, stops it while the
 * app runs, and starts it again. The API answers 503 with Retry-After meanwhile, and recovers by
 * itself, without a restart of the app.
 */
let payload: Payload
let server: RunningPostgres
let dataParent: string
let port: number
let movieId: number

const start = () => startEmbeddedPostgres({ dataParent, port, persistent: true })

beforeAll(async () => {
  dataParent = await mkdtemp(path.join(tmpdir(), 'lao-cinema-outage-pg-'))
  port = await freePort()
  server = await start()
  const databaseUrl = server.serverUrl('lao_cinema_outage')
  await createDatabaseIfMissing(databaseUrl)
  ;({ payload } = await testPayload({ databaseUrl }))
  await migrateDatabase(payload, migrations)
  movieId = (await createMovie(payload, { title: 'Outage film', lo: 'ສັນຍານ' })).id
})

afterAll(async () => {
  await server?.stop()
  await rm(dataParent, { recursive: true, force: true })
})

describe('database outage', () => {
  it('answers 503 with Retry-After while PostgreSQL is down, and serves again once it is back', async () => {
    expect((await rest('GET', 'movies?limit=1')).status).toBe(200)

    await server.stop()
    for (const path of ['movies?limit=1', `movies/${movieId}`, 'people?limit=1', 'globals/homepage']) {
      const started = Date.now()
      const down = await rest('GET', path)
      expect(down.status, `${path}: ${JSON.stringify(down.body)}`).toBe(503)
      expect(down.headers.get('retry-after')).toBe('5')
      expect(down.body.errors[0].message).toMatch(/try again/i)
      expect(Date.now() - started, 'an outage is answered at once, not after a hang').toBeLessThan(6_000)
    }
    const login = await rest('POST', 'users/login', {
      body: { email: 'someone@int.test', password: 'ສັນຍານ-password' },
    })
    expect(login.status).toBe(503)

    // Pages: the proxy answers them with the localized page (its probe looks at most once a second).
    const page = await eventually(
      () => visit('/lo/movies'),
      (response) => response.status === 503,
    )
    expect(page.headers.get('retry-after')).toBe('5')
    expect(page.headers.get('cache-control')).toBe('no-store')
    expect(await page.text()).toContain('ກັບມາໃນອີກບໍ່ດົນ')
    expect(await (await visit('/en')).text()).toContain('Back in a moment')

    server = await start()
    let status = 0
    for (let attempt = 0; attempt < 40 && status !== 200; attempt++) {
      status = (await rest('GET', `movies/${movieId}?locale=lo`)).status
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250))
    }
    expect(status).toBe(200)
    expect(
      (
        await eventually(
          () => visit('/lo/movies'),
          (response) => response.status !== 503,
        )
      ).status,
    ).not.toBe(503)
    const film = await rest('GET', `movies/${movieId}?locale=lo`)
    expect(film.body.title).toBe('ສັນຍານ')
  })
})

const visit = (path: string) =>
  proxy(new NextRequest(`http://localhost:3000${path}`, { headers: { 'accept-language': 'lo' } }))

async function eventually(get: () => Promise<Response>, done: (response: Response) => boolean): Promise<Response> {
  let response = await get()
  for (let attempt = 0; attempt < 20 && !done(response); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 250))
    response = await get()
  }
  return response
}
