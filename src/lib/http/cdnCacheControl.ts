import type { ServerResponse } from 'node:http'

const seconds = (value: string | undefined, fallback: number): number => {
  const parsed = Number(value)
  return value?.trim() && Number.isInteger(parsed) && parsed >= 0 ? parsed : fallback
}

/**
 * How a CDN may keep a public page: fresh for CDN_MAX_AGE_SECONDS (30 s), then served stale for at
 * most CDN_STALE_SECONDS (30 s) more while it fetches the page again. An edit therefore shows
 * through the CDN within their sum (60 s), usually within the first. Browsers keep nothing
 * (max-age=0): the CDN is the one shared copy.
 */
export function cdnCacheControl(env: Record<string, string | undefined> = process.env): string {
  const fresh = seconds(env.CDN_MAX_AGE_SECONDS, 30)
  const stale = seconds(env.CDN_STALE_SECONDS, 30)
  return `public, max-age=0, s-maxage=${fresh}, stale-while-revalidate=${stale}`
}

/**
 * Next marks the pages it serves from its cache with `s-maxage=<revalidate>` and a year of
 * `stale-while-revalidate`, tuned for its own cache, which editors' saves expire by tag. A CDN
 * cannot be told of those saves, so it gets short lifetimes instead; every other answer keeps its
 * header (private, no-store, immutable static files).
 */
export function shortenSharedCaching(res: ServerResponse, cacheControl: string): void {
  const setHeader = res.setHeader.bind(res)
  res.setHeader = (name, value) =>
    setHeader(name, name.toLowerCase() === 'cache-control' && /\bs-maxage=/.test(String(value)) ? cacheControl : value)
}
