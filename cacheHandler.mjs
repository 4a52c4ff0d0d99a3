// Next's incremental cache (rendered pages, unstable_cache data) and its tag expiry. Plain JavaScript:
// Next imports this file itself at run time (next.config.ts `cacheHandler`), outside its bundles.
//
// With REDIS_URL: one cache in Redis for every instance, through @fortedigital/nextjs-cache-handler,
// so an editor's save on any instance expires the pages on all of them. Without it: Next's own
// in-process cache, exactly as if no handler were configured (one instance, nothing to set up).
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { createClient } from '@redis/client'
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js'
import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

// A Redis that stops answering must cost a request at most this long before it is rendered from the
// database instead: every Redis command gives up after it, and a lost connection fails at once.
const redisTimeoutMs = Number(process.env.REDIS_TIMEOUT_MS) || 300

function sharedCache(url, buildId) {
  const client = createClient({
    url,
    // Commands sent while disconnected fail at once instead of waiting for a reconnection.
    disableOfflineQueue: true,
    // A connection that dies silently (no reset) is noticed by the next ping.
    pingInterval: 5_000,
    socket: {
      connectTimeout: redisTimeoutMs * 3,
      // Forever, a few times a second at most: the cache comes back by itself with Redis.
      reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000),
    },
  })
  let warned = false
  client.on('error', (error) => {
    if (warned) return
    warned = true
    console.warn(`Shared cache (Redis) unreachable, rendering from the database until it is back: ${error.message}`)
  })
  // Per build: a page rendered by one build names its own script files, which the next one lacks.
  const redis = createRedisHandler({ client, keyPrefix: `lao-cinema:${buildId}:`, timeoutMs: redisTimeoutMs })

  // A tag expired while Redis was away would leave its pages in the shared cache for good: it is
  // expired again as soon as the connection is back.
  const missedTags = new Set()
  client.on('ready', () => {
    warned = false
    for (const tag of missedTags) {
      redis.revalidateTag(tag).then(
        () => missedTags.delete(tag),
        () => undefined,
      )
    }
  })
  // Not awaited: a server starts, and answers, without Redis; the client keeps reconnecting.
  client.connect().catch(() => undefined)

  return {
    ...redis,
    async revalidateTag(tag) {
      try {
        await redis.revalidateTag(tag)
      } catch (error) {
        missedTags.add(tag)
        throw error
      }
    },
  }
}

CacheHandler.onCreation(({ buildId }) => {
  // One Redis connection per process, whatever Next asks of the handler class.
  globalThis.laoCinemaSharedCache ??= { handlers: [sharedCache(process.env.REDIS_URL, buildId)] }
  return globalThis.laoCinemaSharedCache
})

const inProcess = fileSystemCache.default ?? fileSystemCache
// `next build` prerenders into the build's own files, never into a shared cache of a running site.
const useRedis = Boolean(process.env.REDIS_URL?.trim()) && process.env.NEXT_PHASE !== PHASE_PRODUCTION_BUILD

export default useRedis ? CacheHandler : inProcess
