import { execFileSync } from 'node:child_process'
import autocannon from 'autocannon'
import pg from 'pg'

/**
 * What the cache does not hide (issue 15): pages read from the database (a film or browse page
 * no one has visited since its data expired, a search, which is never cached), the statements one
 * such request costs, the home page's weight, and the server's memory.
 */

const laoWords = ['ສັນຍານ', 'ແມ່ນ້ຳ', 'ພູເຂົາ', 'ຕະຫຼາດ', 'ເຮືອ', 'ຊ້າງ', 'ບ້ານ', 'ເມືອງ', 'ຫົວໃຈ', 'ວຽງຈັນ']
const englishWords = ['Signal', 'River', 'Mountain', 'Market', 'Boat', 'Elephant', 'Village', 'City', 'Heart', 'Night']

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
}

/** One connection, one request at a time, each to a page not read since the server started. */
async function sequentialMisses(base: string, paths: string[]) {
  const times: number[] = []
  for (const path of paths) {
    const started = performance.now()
    const response = await fetch(base + path)
    await response.arrayBuffer()
    if (!response.ok) throw new Error(`${path} answered ${response.status}`)
    times.push(performance.now() - started)
  }
  return { count: times.length, p50: percentile(times, 50), p99: percentile(times, 99) }
}

/**
 * Ten connections, every request a search: distinct Lao and English queries, never cached. `pathOf`
 * names what is asked: the results page, or the search the page makes as the viewer types.
 */
async function distinctSearches(base: string, seconds: number, pathOf: (locale: string, q: string) => string) {
  let n = 0
  const queries = [...laoWords, ...englishWords].flatMap((word) =>
    // The whole word and its prefixes: distinct texts that all find films.
    Array.from({ length: Math.max(1, [...word].length - 1) }, (_, i) => [...word].slice(0, i + 2).join('')),
  )
  const run = (duration: number) =>
    autocannon({
      url: base,
      connections: 10,
      duration,
      requests: [
        {
          setupRequest: (request: { path: string }) => ({
            ...request,
            path: pathOf(n % 2 ? 'en' : 'lo', queries[n++ % queries.length]!),
          }),
        },
      ],
    })
  // Not counted: the server's first seconds on this code path (JIT, connections, statements being
  // prepared), as the cached pages are measured after a first visit. Nothing of a search is cached.
  await run(3)
  const result = await run(seconds)
  const errors = result.non2xx + result.errors
  return { rps: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, errors }
}

/**
 * The statements one request costs, counted by PostgreSQL itself: its committed transactions on
 * the bench's database (each statement outside a transaction is one), read after PostgreSQL has
 * flushed its statistics (it does so at most every second, and within 10 s of going idle).
 */
async function statementsOf(databaseUrl: string, base: string, path: string): Promise<number> {
  const db = new pg.Client({ connectionString: databaseUrl })
  await db.connect()
  const committed = async () => {
    await new Promise((resolve) => setTimeout(resolve, 11_000))
    const { rows } = await db.query(
      'SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()',
    )
    return Number(rows[0].n)
  }
  try {
    const before = await committed()
    await (await fetch(base + path)).arrayBuffer()
    // Our first read of the statistics counts as a transaction too (the second is not flushed yet).
    return (await committed()) - before - 1
  } finally {
    await db.end()
  }
}

/** Resident memory (MB) of the process listening on the port and of its children. */
export function serverMemory(port: number): { pid: number; rssMb: number; processes: string[] } | null {
  try {
    const listening = execFileSync('ss', ['-Hltnp', `sport = :${port}`], { encoding: 'utf8' })
    const pid = Number(/pid=(\d+)/.exec(listening)?.[1])
    if (!pid) return null
    const table = execFileSync('ps', ['-eo', 'pid=,ppid=,rss=,args='], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((line) => {
        const [p, pp, rss, ...args] = line.trim().split(/\s+/)
        return { pid: Number(p), ppid: Number(pp), rss: Number(rss), args: args.join(' ') }
      })
    const tree = new Set([pid])
    for (let grew = true; grew;) {
      grew = false
      for (const row of table)
        if (tree.has(row.ppid) && !tree.has(row.pid)) {
          tree.add(row.pid)
          grew = true
        }
    }
    const rows = table.filter((row) => tree.has(row.pid))
    return {
      pid,
      rssMb: Math.round(rows.reduce((sum, row) => sum + row.rss, 0) / 1024),
      processes: rows.map((row) => `${row.pid} ${Math.round(row.rss / 1024)} MB ${row.args.slice(0, 60)}`),
    }
  } catch {
    return null
  }
}

export async function benchMisses(base: string, { seconds }: { seconds: number }) {
  const api = async (path: string) => (await fetch(base + path)).json()
  // Films far down the list: no earlier part of the bench has read their pages.
  const { docs } = await api('/api/movies?limit=100&page=5&depth=0&sort=releaseDate&select[slug]=true')
  const filmPaths = (docs as { slug: string }[]).slice(0, 60).map((film) => `/lo/movies/${film.slug}`)
  const { totalDocs } = await api('/api/movies?limit=0&depth=0')
  const browsePages = Math.max(2, Math.min(60, Math.floor(totalDocs / 24)))
  const browsePaths = Array.from({ length: browsePages - 1 }, (_, i) => `/lo/movies?page=${i + 2}`)

  console.log('\nCache misses, one connection, each request a page not read before:\n')
  const film = await sequentialMisses(base, filmPaths.slice(0, 50))
  const browse = await sequentialMisses(base, browsePaths.slice(0, Math.min(50, browsePaths.length - 1)))
  console.log(`  film page   ${film.count} misses  p50 ${film.p50.toFixed(1)} ms  p99 ${film.p99.toFixed(1)} ms`)
  console.log(`  browse page ${browse.count} misses  p50 ${browse.p50.toFixed(1)} ms  p99 ${browse.p99.toFixed(1)} ms`)
  const searches = {
    'search as you type (/api/movies/search)': (locale: string, q: string) =>
      `/api/movies/search?locale=${locale}&q=${encodeURIComponent(q)}`,
    'results page (/movies?q=)': (locale: string, q: string) => `/${locale}/movies?q=${encodeURIComponent(q)}`,
  }
  console.log('  distinct searches (lo, en), 10 connections:')
  for (const [name, pathOf] of Object.entries(searches)) {
    const search = await distinctSearches(base, seconds, pathOf)
    const errors = search.errors ? `, ${search.errors} errors` : ''
    // An older build without the endpoint answers 404 to every request: no figure to compare.
    const figure =
      search.errors >= search.rps * seconds
        ? 'not served by this build'
        : `${search.rps} req/s, p50 ${search.p50} ms, p99 ${search.p99} ms${errors}`
    console.log(`    ${name.padEnd(42)} ${figure}`)
  }

  const home = await (await fetch(`${base}/lo`)).text()
  const flight = [...home.matchAll(/<script>self\.__next_f\.push\((.*?)\)<\/script>/gs)].reduce(
    (sum, m) => sum + m[1]!.length,
    0,
  )
  const kb = (bytes: number) => (bytes / 1024).toFixed(1)
  console.log(`\nHome page /lo: ${kb(Buffer.byteLength(home))} KB of HTML, ${kb(flight)} KB of it component payload`)

  const databaseUrl = process.env.BENCH_DATABASE_URL
  if (databaseUrl) {
    console.log('\nStatements per request on a miss (PostgreSQL pg_stat_database; about 12 s each):')
    for (const path of [
      filmPaths[55],
      browsePaths[browsePaths.length - 1],
      `/lo/movies?q=${encodeURIComponent('ຕະຫຼາດ')}`,
    ])
      if (path) console.log(`  ${decodeURIComponent(path).padEnd(44)} ${await statementsOf(databaseUrl, base, path)}`)
  }
  const memory = serverMemory(Number(new URL(base).port || 80))
  if (memory) console.log(`\nServer memory after the bench: ${memory.rssMb} MB RSS (${memory.processes.join('; ')})`)
}
