import { createHmac, timingSafeEqual } from 'node:crypto'
import { derivedKey } from '../config/derivedKey'

/**
 * Processes outside Next's server (the worker running a transcode or a TMDB import) cannot expire
 * Next's cache themselves: they ask a web instance, which can. With the shared Redis cache one
 * instance's expiry reaches them all; without it there is only one instance.
 */
export const cacheExpiryPath = '/api/cache-expiry'
export const cacheExpiryHeader = 'x-cache-expiry-signature'
const maxSkewSeconds = 300
const relayTimeoutMs = 5_000

const signatureOf = (timestamp: number, body: string) =>
  createHmac('sha256', derivedKey('cache-expiry')).update(`${timestamp}.${body}`).digest('hex')

/** `t=<unix seconds>,v1=<hex HMAC of "t.body">`, with a key derived from the app's secret. */
export function signExpiry(body: string, now = Date.now()): string {
  const timestamp = Math.floor(now / 1000)
  return `t=${timestamp},v1=${signatureOf(timestamp, body)}`
}

/** True for a body signed by one of our processes within the last five minutes. */
export function expirySignedByUs(body: string, header: string | null, now = Date.now()): boolean {
  const match = /^t=(\d{1,12}),v1=([0-9a-f]{64})$/.exec(header ?? '')
  if (!match) return false
  const timestamp = Number(match[1])
  if (Math.abs(now / 1000 - timestamp) > maxSkewSeconds) return false
  return timingSafeEqual(Buffer.from(match[2]!, 'hex'), Buffer.from(signatureOf(timestamp, body), 'hex'))
}

/** Long enough for the transaction of the change that asked (still open in an afterChange hook) to commit. */
const againAfterCommitMs = 2_000

/**
 * Asks the web instance at APP_INTERNAL_URL to expire these tags, now and once more a moment later:
 * a hook asks before its transaction commits, and a visitor in between would cache the old data.
 * A no-op when APP_INTERNAL_URL is not set.
 */
export async function relayExpiry(tags: string[]): Promise<void> {
  const origin = (process.env.APP_INTERNAL_URL || '').replace(/\/+$/, '')
  if (!origin || tags.length === 0) return
  setTimeout(() => void send(origin, tags), againAfterCommitMs).unref()
  await send(origin, tags)
}

async function send(origin: string, tags: string[]): Promise<void> {
  const body = JSON.stringify({ tags })
  try {
    const response = await fetch(`${origin}${cacheExpiryPath}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [cacheExpiryHeader]: signExpiry(body) },
      body,
      signal: AbortSignal.timeout(relayTimeoutMs),
    })
    if (!response.ok) console.error(`the web instance refused to expire cached pages (${response.status})`)
  } catch (error) {
    // Pages then expire on their own (revalidate: 3600); the change itself is saved.
    console.error('could not ask the web instance to expire cached pages', error)
  }
}
