import { createClient } from '@redis/client'
import pg from 'pg'
import { databaseUrl } from '../database/connection'

/** How long one check may take: a load balancer probes often and must get an answer, not wait. */
const checkTimeoutMs = 1_000

export type Readiness = {
  ready: boolean
  checks: { database: 'ok' | 'down'; migrations: 'ok' | 'pending' | 'unknown'; cache?: 'ok' | 'down' }
}

// One connection each, kept between probes, so a probe costs a round trip, not a log-in.
let database: pg.Pool | undefined
let redis: ReturnType<typeof createClient> | undefined

function databasePool(): pg.Pool {
  database ??= new pg.Pool({
    connectionString: databaseUrl(),
    max: 1,
    connectionTimeoutMillis: checkTimeoutMs,
    query_timeout: checkTimeoutMs,
  })
  // A connection lost while idle (PostgreSQL restarted) is dropped by the pool; without a listener
  // its error would end the process.
  database.on('error', () => undefined)
  return database
}

/** The probe's own Redis connection, opened on the first probe; the first waits for it. */
async function readyRedis(url: string) {
  if (!redis) {
    redis = createClient({
      url,
      disableOfflineQueue: true,
      socket: { connectTimeout: checkTimeoutMs, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000) },
    })
    redis.on('error', () => undefined)
    const connecting = redis.connect().catch(() => undefined)
    await Promise.race([connecting, new Promise((resolve) => setTimeout(resolve, checkTimeoutMs))])
  }
  return redis
}

/** The names of the migrations the database has applied, or null when it cannot be asked. */
async function appliedMigrations(): Promise<Set<string> | null> {
  try {
    const { rows } = await databasePool().query<{ name: string }>('select name from payload_migrations')
    return new Set(rows.map((row) => row.name))
  } catch (error) {
    // Reachable, but no migration table yet: nothing is applied.
    if ((error as { code?: string }).code === '42P01') return new Set()
    return null
  }
}

async function redisAnswers(url: string): Promise<boolean> {
  const client = await readyRedis(url)
  if (!client.isReady) return false
  // The client's own abort covers only commands not yet sent: a Redis that hangs is timed out here.
  let timer: NodeJS.Timeout | undefined
  const silence = new Promise<string>((resolve) => (timer = setTimeout(() => resolve('timeout'), checkTimeoutMs)))
  try {
    return (await Promise.race([client.ping(), silence])) === 'PONG'
  } catch {
    return false
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Whether this instance can serve: PostgreSQL answers and has every migration of this build
 * applied. The shared cache (when REDIS_URL is set) is reported but does not make an instance
 * unready: without it pages are rendered from the database, and since every instance shares the
 * one Redis, failing on it would take the whole site out of the load balancer at once.
 */
export async function readiness(expectedMigrations: readonly string[]): Promise<Readiness> {
  const redisUrl = process.env.REDIS_URL?.trim()
  const [applied, cache] = await Promise.all([
    appliedMigrations(),
    redisUrl ? redisAnswers(redisUrl) : Promise.resolve(undefined),
  ])
  const migrations =
    applied === null ? 'unknown' : expectedMigrations.every((name) => applied.has(name)) ? 'ok' : 'pending'
  return {
    ready: migrations === 'ok',
    checks: {
      database: applied === null ? 'down' : 'ok',
      migrations,
      ...(cache !== undefined && { cache: cache ? 'ok' : 'down' }),
    },
  }
}
