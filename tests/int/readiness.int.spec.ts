import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GET as health } from '@/app/(payload)/api/health/route'
import { GET as ready } from '@/app/(payload)/api/ready/route'
import { createDatabaseIfMissing } from '@/lib/database/createDatabase'
import { startEmbeddedPostgres, type RunningPostgres } from '@/lib/database/embeddedPostgres'
import { migrations } from '../../migrations'
import { freePort } from '../support/throwawayDatabase'

/**
 * The load balancer's probes on a PostgreSQL server of this file's own, which it stops and starts:
 * the route handlers production serves, called in-process.
 */
let server: RunningPostgres
let dataParent: string
let port: number
let databaseUrl: string
const previousUrl = process.env.DATABASE_URL

const start = () => startEmbeddedPostgres({ dataParent, port, persistent: true })
const sql = async (text: string, values: unknown[] = []) => {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await client.query(text, values)
  } finally {
    await client.end()
  }
}
const probe = async () => {
  const response = await ready()
  return { status: response.status, body: await response.json(), retryAfter: response.headers.get('retry-after') }
}

beforeAll(async () => {
  dataParent = await mkdtemp(path.join(tmpdir(), 'lao-cinema-ready-pg-'))
  port = await freePort()
  server = await start()
  databaseUrl = server.serverUrl('lao_cinema_ready')
  await createDatabaseIfMissing(databaseUrl)
  process.env.DATABASE_URL = databaseUrl
})

afterAll(async () => {
  process.env.DATABASE_URL = previousUrl
  await server?.stop()
  await rm(dataParent, { recursive: true, force: true })
})

describe('/api/health and /api/ready', () => {
  it('is ready only with every migration of the build applied', async () => {
    expect(await probe()).toMatchObject({
      status: 503,
      body: { status: 'unavailable', checks: { database: 'ok', migrations: 'pending' } },
      retryAfter: '5',
    })
    await sql('create table payload_migrations (id serial primary key, name varchar, batch numeric)')
    const names = migrations.map((migration) => migration.name)
    for (const name of names.slice(0, -1))
      await sql('insert into payload_migrations (name, batch) values ($1, 1)', [name])
    expect((await probe()).body.checks.migrations).toBe('pending')
    await sql('insert into payload_migrations (name, batch) values ($1, 2)', [names.at(-1)])
    expect(await probe()).toEqual({
      status: 200,
      body: { status: 'ok', checks: { database: 'ok', migrations: 'ok' } },
      retryAfter: null,
    })
  })

  it('answers 503 at once while PostgreSQL is down, and 200 again once it is back; health stays 200', async () => {
    await server.stop()
    const started = Date.now()
    expect(await probe()).toMatchObject({
      status: 503,
      body: { status: 'unavailable', checks: { database: 'down', migrations: 'unknown' } },
    })
    expect(Date.now() - started, 'a probe is answered, not left hanging').toBeLessThan(3_000)
    const alive = health()
    expect(alive.status).toBe(200)
    expect(alive.headers.get('cache-control')).toBe('no-store')
    expect(await alive.json()).toEqual({ status: 'ok' })

    server = await start()
    let status = 0
    for (let attempt = 0; attempt < 40 && status !== 200; attempt++) {
      status = (await probe()).status
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250))
    }
    expect(status).toBe(200)
  })
})
