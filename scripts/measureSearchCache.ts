/**
 * Fires distinct searches at a running production server and prints how much its cache folders
 * (.next/server and .next/cache of the app directory it runs from) grew: a search must not become a
 * page or a data-cache entry on disk. `BENCH_URL` (default http://localhost:3000), `SEARCHES`
 * (default 10,000), `CONCURRENCY` (default 8), `APP_DIR` (default the current directory).
 *
 *   npx tsx scripts/measureSearchCache.ts
 *
 * Measured on the e2e server (seeded catalogue, production build, 2 shared cores): 10,000 distinct
 * searches in 159 s, all 200; the cache folders stayed at 345.54 MB in 908 files (growth 0 KB,
 * 0 files). Before searches rendered per request, 200 searches alone wrote 1,400 files (11 MB).
 */
import { randomBytes } from 'node:crypto'
import { cacheFolderSize, type FolderSize } from './lib/cacheFolderSize'

const base = (process.env.BENCH_URL || 'http://localhost:3000').replace(/\/+$/, '')
const searches = Number(process.env.SEARCHES || 10_000)
const concurrency = Number(process.env.CONCURRENCY || 8)
const appDir = process.env.APP_DIR || process.cwd()
const run = randomBytes(4).toString('hex')

const show = ({ bytes, files }: FolderSize) => `${(bytes / 1024 / 1024).toFixed(2)} MB in ${files} files`

const before = cacheFolderSize(appDir)
console.log(`before: ${show(before)}`)
const started = Date.now()
const statuses = new Map<number, number>()
let next = 0
async function worker() {
  while (next < searches) {
    const i = next++
    // Half English-looking, half Lao: both scripts go through the same search path.
    const q = i % 2 ? `film ${run} ${i}` : `ສັນຍານ ${run} ${i}`
    const response = await fetch(`${base}/${i % 4 < 2 ? 'en' : 'lo'}/movies?q=${encodeURIComponent(q)}`)
    await response.arrayBuffer()
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
    if ((i + 1) % 1000 === 0) console.log(`${i + 1} searches, ${show(cacheFolderSize(appDir))}`)
  }
}
await Promise.all(Array.from({ length: concurrency }, worker))
const after = cacheFolderSize(appDir)
const seconds = (Date.now() - started) / 1000
const statusCounts = JSON.stringify(Object.fromEntries(statuses))
console.log(`after ${searches} distinct searches in ${seconds.toFixed(0)} s (statuses ${statusCounts}): ${show(after)}`)
console.log(`growth: ${((after.bytes - before.bytes) / 1024).toFixed(1)} KB, ${after.files - before.files} files`)
