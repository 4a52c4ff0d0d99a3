import autocannon from 'autocannon'

/**
 * The REST and GraphQL reads integrators make most, measured like the pages (autocannon, 10
 * connections): one film's detail, a list of films with depth 1, and GraphQL's first 20 films.
 * With `previousUrl` (BENCH_PREVIOUS_URL: the previous build on the same database, started beside
 * this one), each is measured on both, one after the other, so the figures share the machine's state.
 */
const graphqlQuery =
  '{ Movies(locale: lo, limit: 20) { docs { id title slug releaseDate poster { url } genres { name } } } }'

type Target = { label: string; path: string; method?: 'GET' | 'POST'; body?: string; headers?: Record<string, string> }
type Figures = { rps: number; p50: number; p99: number; errors: number }

async function measure(origin: string, target: Target, seconds: number): Promise<Figures> {
  const options = { method: target.method ?? 'GET', body: target.body, headers: target.headers }
  const warm = await fetch(origin + target.path, options)
  if (!warm.ok) throw new Error(`${target.path} answered ${warm.status} on ${origin}`)
  const result = await autocannon({ url: origin + target.path, connections: 10, duration: seconds, ...options })
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors,
  }
}

export async function benchApi(options: { url: string; previousUrl?: string; filmId: number; seconds: number }) {
  const targets: Target[] = [
    { label: `GET /api/movies/:id?locale=lo`, path: `/api/movies/${options.filmId}?locale=lo` },
    { label: 'GET /api/movies?locale=lo&depth=1', path: '/api/movies?locale=lo&depth=1' },
    {
      label: 'GraphQL Movies(locale: lo, limit: 20)',
      path: '/api/graphql',
      method: 'POST',
      body: JSON.stringify({ query: graphqlQuery }),
      headers: { 'content-type': 'application/json' },
    },
  ]
  const builds = [{ name: 'this build', url: options.url }]
  if (options.previousUrl) builds.push({ name: 'previous build', url: options.previousUrl })

  console.log(`\nREST and GraphQL (${options.seconds} s each, 10 connections, anonymous):\n`)
  const pad = (value: string | number, width: number) => String(value).padStart(width)
  const line = (label: string, name: string, cells: (string | number)[]) =>
    console.log(`${label.padEnd(40)} ${name.padEnd(15)} ${cells.map((cell) => pad(cell, 7)).join(' ')}`)
  line('request', 'build', ['req/s', 'p50 ms', 'p99 ms', 'errors'])
  for (const target of targets) {
    const rows: (Figures & { name: string })[] = []
    for (const build of builds) rows.push({ name: build.name, ...(await measure(build.url, target, options.seconds)) })
    for (const row of rows) line(target.label, row.name, [row.rps, row.p50, row.p99, row.errors])
    if (rows.length === 2 && rows[1]!.rps > 0) line('', 'ratio', [`${(rows[0]!.rps / rows[1]!.rps).toFixed(1)}×`])
  }
}
