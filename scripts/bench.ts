/**
 * `npm run bench`: measures a running production server (`npm run build && npm start`, catalogue
 * filled with `npm run seed:bench -- 1000`). Builds nothing itself. For each page: requests per
 * second and p50/p99 latency under 10 connections (autocannon); then the three cacheable pages again
 * through Debian's nginx as a CDN in front of the server (cache hits, and how many requests reached
 * the server); then the gzipped JavaScript that the home and film pages ship; then the cost of
 * signing stream URLs; then cache misses, statements per miss (BENCH_DATABASE_URL) and the server's
 * memory (scripts/lib/benchMisses.ts).
 */
import { gzipSync } from 'node:zlib'
import autocannon from 'autocannon'
import { benchApi } from './lib/benchApi'
import { benchMisses } from './lib/benchMisses'
import { benchStreamSigning } from './lib/benchStreamSigning'
import { startNginxCache } from './lib/nginxCache'
import { benchTranscode } from './benchTranscode'

// `npm run bench -- --transcode` measures transcoding alone (no server needed).
if (process.argv.includes('--transcode')) {
  await benchTranscode()
  process.exit(0)
}

const base = (process.env.BENCH_URL || 'http://localhost:3000').replace(/\/+$/, '')
const seconds = Number(process.env.BENCH_SECONDS || 10)
const laoQuery = 'ສັນຍານ'

const get = async (path: string) => {
  const response = await fetch(base + path)
  if (!response.ok) throw new Error(`${path} answered ${response.status}`)
  return response
}

const { totalDocs } = await (await get('/api/movies?limit=0&depth=0')).json()
if (totalDocs < 1000)
  console.warn(
    `Only ${totalDocs} published films: run \`npm run seed:bench -- 1000\` (then restart the server) for a fair run.\n`,
  )
const { docs } = await (
  await get('/api/movies?limit=1&depth=0&sort=-releaseDate&where[slug][equals]=the-river-between-us')
).json()
const film = docs[0] ?? (await (await get('/api/movies?limit=1&depth=0')).json()).docs[0]
const slug = film.slug

const targets = [
  '/lo',
  '/lo/movies',
  `/lo/movies/${slug}`,
  `/lo/movies?q=${encodeURIComponent(laoQuery)}`,
  '/api/movies?locale=lo&depth=1',
  `/api/rentals/status?movie=${film.id}`,
]

type Row = { path: string; rps: number; p50: number; p99: number; errors: number }

async function measure(origin: string, path: string): Promise<Row> {
  await fetch(origin + path) // first visit fills the cache, as any visitor's would
  const result = await autocannon({ url: origin + path, connections: 10, duration: seconds })
  return {
    path: decodeURIComponent(path),
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors,
  }
}

const pad = (value: string | number, width: number) => String(value).padStart(width)
function printRows(rows: Row[]) {
  console.log(`${'page'.padEnd(44)} ${pad('req/s', 8)} ${pad('p50 ms', 8)} ${pad('p99 ms', 8)} ${pad('errors', 7)}`)
  for (const row of rows)
    console.log(`${row.path.padEnd(44)} ${pad(row.rps, 8)} ${pad(row.p50, 8)} ${pad(row.p99, 8)} ${pad(row.errors, 7)}`)
}

const rows: Row[] = []
for (const path of targets) rows.push(await measure(base, path))
console.log(`\n${totalDocs} films · ${seconds} s per page · 10 connections · ${base}\n`)
printRows(rows)

// The same pages through a CDN: Debian's nginx caching in front of the server, as a CDN would (what
// Cache-Control allows), so nearly every request is a cache hit and the origin sees one per s-maxage.
const cdn = await startNginxCache({ origin: base })
try {
  const cdnRows: Row[] = []
  const before = cdn.originRequests().length
  for (const path of targets.slice(0, 3)) cdnRows.push(await measure(cdn.url, path))
  const served = cdnRows.reduce((sum, row) => sum + row.rps * seconds, 0)
  console.log(`\nThe same pages through a CDN stand-in (nginx proxy_cache in front of ${base}):\n`)
  printRows(cdnRows)
  console.log(`  about ${served} requests served, ${cdn.originRequests().length - before} of them reached the server`)
} finally {
  await cdn.stop()
}

console.log('\nJavaScript shipped (gzipped):')
for (const path of ['/lo', `/lo/movies/${slug}`]) {
  const html = await (await get(path)).text()
  // Scripts a modern browser runs: `nomodule` polyfills are skipped by every browser that supports modules.
  const scripts = [
    ...new Set(
      [...html.matchAll(/<script([^>]*)src="([^"]+\.js[^"]*)"([^>]*)>/g)]
        .filter((m) => !/nomodule/i.test(m[1]! + m[3]!))
        .map((m) => m[2]!),
    ),
  ]
  let bytes = 0
  for (const src of scripts)
    bytes += gzipSync(
      Buffer.from(await (await get(src.startsWith('http') ? new URL(src).pathname : src)).arrayBuffer()),
    ).length
  console.log(`  ${decodeURIComponent(path).padEnd(42)} ${(bytes / 1024).toFixed(1)} KB in ${scripts.length} files`)
}

await benchStreamSigning()

// REST and GraphQL for integrators, beside the previous build when BENCH_PREVIOUS_URL names one.
await benchApi({ url: base, previousUrl: process.env.BENCH_PREVIOUS_URL, filmId: film.id, seconds })
await benchMisses(base, { seconds })
// The same misses on the previous build, when BENCH_PREVIOUS_URL names one (its own database and
// cache, started the same way), so that both are measured on the same machine in the same run.
if (process.env.BENCH_PREVIOUS_URL) {
  console.log(`\n== The previous build (${process.env.BENCH_PREVIOUS_URL}):`)
  await benchMisses(process.env.BENCH_PREVIOUS_URL.replace(/\/+$/, ''), { seconds })
}
