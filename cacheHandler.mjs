// Next's incremental cache (rendered pages, unstable_cache data) and its tag expiry. Plain JavaScript:
// Next imports this file itself at run time (next.config.ts `cacheHandler`), outside its bundles.
//
// Named only when REDIS_URL is set: one cache in Redis for every instance, through
// @fortedigital/nextjs-cache-handler, so an editor's save on any instance expires the pages on all
// of them. Without REDIS_URL next.config.ts names no handler and Next keeps its own cache in-process.
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { createClient } from '@redis/client'
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js'
import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

// A Redis that stops answering must cost a request at most this long before it is rendered from the
// database instead. The client's own timeouts only cover commands not yet sent, so a Redis that
// hangs with its connection open is timed out here, around each whole cache operation.
const redisTimeoutMs = Number(process.env.REDIS_TIMEOUT_MS) || 300
// After a timeout Redis is left alone this long, so requests meanwhile do not each wait for it.
const pauseAfterTimeoutMs = 2_000

function sharedCache(url, buildId) {
  const client = createClient({
    url,
    // Commands sent while disconnected fail at once instead of waiting for a reconnection.
    disableOfflineQueue: true,
    pingInterval: 5_000,
    socket: {
      connectTimeout: redisTimeoutMs * 3,
      // Forever, a few times a second at most: the cache comes back by itself with Redis.
      reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000),
    },
  })
  let warned = false
  const warn = (message) => {
    if (warned) return
    warned = true
    console.warn(`Shared cache (Redis) unreachable, rendering from the database until it is back: ${message}`)
  }
  client.on('error', (error) => warn(error.message))
  // Per build: a page rendered by one build names its own script files, which the next one lacks.
  const redis = createRedisHandler({ client, keyPrefix: `lao-cinema:${buildId}:`, timeoutMs: redisTimeoutMs })

  // A tag expired while Redis was away would leave its pages in the shared cache for good: it is
  // expired again as soon as Redis answers.
  const missedTags = new Set()
  let pausedUntil = 0
  async function withinTime(operation, timeoutMs = redisTimeoutMs) {
    if (Date.now() < pausedUntil) throw new Error('Redis timed out a moment ago')
    let timer
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => {
        pausedUntil = Date.now() + pauseAfterTimeoutMs
        warn(`no answer within ${timeoutMs} ms`)
        reject(new Error(`Redis gave no answer within ${timeoutMs} ms`))
      }, timeoutMs)
    })
    try {
      const result = await Promise.race([operation(), timeout])
      warned = false
      if (missedTags.size) expireMissedTags()
      return result
    } finally {
      clearTimeout(timer)
    }
  }

  const expireTag = (tag) =>
    withinTime(() => redis.revalidateTag(tag), redisTimeoutMs * 10).catch((error) => {
      missedTags.add(tag)
      throw error
    })
  function expireMissedTags() {
    for (const tag of missedTags) {
      missedTags.delete(tag)
      expireTag(tag).catch(() => undefined)
    }
  }
  client.on('ready', () => expireMissedTags())
  // Not awaited: a server starts, and answers, without Redis; the client keeps reconnecting.
  client.connect().catch(() => undefined)

  return {
    name: redis.name,
    get: (...args) => withinTime(() => redis.get(...args)),
    set: (...args) => withinTime(() => redis.set(...args)),
    delete: (...args) => withinTime(() => redis.delete(...args)),
    prepare: () => withinTime(() => redis.prepare(), redisTimeoutMs * 10),
    revalidateTag: expireTag,
  }
}

CacheHandler.onCreation(({ buildId }) => {
  // One Redis connection per process, whatever Next asks of the handler class.
  globalThis.laoCinemaSharedCache ??= { handlers: [sharedCache(process.env.REDIS_URL, buildId)] }
  return globalThis.laoCinemaSharedCache
})

const inProcess = fileSystemCache.default ?? fileSystemCache
// `next build` prerenders into the build's own files, never into a shared cache of a running site.
// (next.config.ts names this file only when REDIS_URL is set.)
export default process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD ? inProcess : CacheHandler
