import { createHash } from 'node:crypto'
import type { Payload } from 'payload'
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible'
import { PublicError } from '../http/errors'
import type { RateLimit } from './limits'

/** The rate_limits table (migrations/20261130_170000_rate_limits.ts): one row per limit and key. */
const tableName = 'rate_limits'

/** A refusal past a limit: 429, with how long to wait as a header and, for programs, in `data`. */
export class TooManyAttempts extends PublicError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(429, message, undefined, {
      headers: { 'Retry-After': String(retryAfterSeconds) },
      data: { retryAfterSeconds },
    })
    // Named outright: production builds mangle class names, and the log level is chosen by name.
    this.name = 'TooManyAttempts'
  }
}

type Pool = { query: (...args: never[]) => unknown }
// One limiter per limit and pool: a test run opens and closes Payload, each with its own pool.
const limiters = new WeakMap<Pool, Map<string, RateLimiterPostgres>>()

function limiterFor(payload: Payload, limit: RateLimit): RateLimiterPostgres {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  if (!pool) throw new Error('Rate limits need the postgres adapter’s pool')
  let byName = limiters.get(pool)
  if (!byName) limiters.set(pool, (byName = new Map()))
  let limiter = byName.get(limit.name)
  if (!limiter) {
    limiter = new RateLimiterPostgres({
      storeClient: pool,
      storeType: 'pool',
      tableName,
      // The table is the migration's; the library never runs DDL.
      tableCreated: true,
      keyPrefix: limit.name,
      points: limit.points,
      duration: limit.windowSeconds,
      blockDuration: limit.blockSeconds ?? 0,
    })
    byName.set(limit.name, limiter)
  }
  return limiter
}

/**
 * Keys are stored hashed: the table then holds no emails or addresses, and a hostile 1 MB "email"
 * is a key of the same size as any other.
 */
const stored = (key: string) => createHash('sha256').update(key).digest('base64url')

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000))

const defaultMessage = (retryAfterSeconds: number) =>
  retryAfterSeconds >= 120
    ? `Too many requests. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`
    : `Too many requests. Try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}.`

/**
 * Counts one request against `limit` for `key`; past the limit, refuses it (429, saying when to
 * retry). The count lives in PostgreSQL, so every instance of the app shares it.
 */
export async function consume(
  payload: Payload,
  limit: RateLimit,
  key: string,
  message = defaultMessage,
): Promise<void> {
  try {
    await limiterFor(payload, limit).consume(stored(key))
  } catch (result) {
    // The library rejects with its result when the limit is reached, and with an Error when the database fails.
    if (!(result instanceof RateLimiterRes)) throw result
    const retryAfter = seconds(result.msBeforeNext)
    throw new TooManyAttempts(message(retryAfter), retryAfter)
  }
}

/**
 * For limits that count failures (a wrong password): how long the key is still refused, or null
 * when it may try. Nothing is counted.
 */
export async function refusedFor(payload: Payload, limit: RateLimit, key: string): Promise<number | null> {
  const result = await limiterFor(payload, limit).get(stored(key))
  if (!result || result.consumedPoints < limit.points || result.msBeforeNext <= 0) return null
  return result.msBeforeNext
}

/** Counts a failure; the one that reaches the limit starts the block (`blockSeconds`) from now. */
export async function countFailure(payload: Payload, limit: RateLimit, key: string): Promise<void> {
  const limiter = limiterFor(payload, limit)
  const result = await limiter.penalty(stored(key))
  if (result.consumedPoints >= limit.points && limit.blockSeconds) await limiter.block(stored(key), limit.blockSeconds)
}

/** Forgets the key's count (a successful log-in, an admin's unlock). */
export async function forget(payload: Payload, limit: RateLimit, key: string): Promise<void> {
  await limiterFor(payload, limit).delete(stored(key))
}
