/**
 * `npm run bench`: measures a running production server (`npm run build && npm start`, catalogue
 * filled with `npm run seed:bench -- 1000`). Builds nothing itself. For each page: requests per
 * second and p50/p99 latency under 10 connections (autocannon); then the gzipped JavaScript that
 * the home and film pages ship; then the cost of signing stream URLs.
 */
import { gzipSync } from 'node:zlib'
import autocannon from 'autocannon'
import { benchStreamSigning } from './lib/benchStreamSigning'

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
const rows: Row[] = []
for (const path of targets) {
  await get(path) // first visit fills the cache, as any visitor's would
  const result = await autocannon({ url: base + path, connections: 10, duration: seconds })
  rows.push({
    path: decodeURIComponent(path),
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors,
  })
}

const pad = (value: string | number, width: number) => String(value).padStart(width)
console.log(`\n${totalDocs} films · ${seconds} s per page · 10 connections · ${base}\n`)
console.log(`${'page'.padEnd(44)} ${pad('req/s', 8)} ${pad('p50 ms', 8)} ${pad('p99 ms', 8)} ${pad('errors', 7)}`)
for (const row of rows)
  console.log(`${row.path.padEnd(44)} ${pad(row.rps, 8)} ${pad(row.p50, 8)} ${pad(row.p99, 8)} ${pad(row.errors, 7)}`)

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
