/**
 * Where a REST read's time goes: calls Payload's own REST handler in-process (no HTTP) for one
 * film's detail and a list, N times each, and prints the mean per request; then the same through
 * our edge (`guardApi`, as /api serves them), where an anonymous read is answered from its ETag.
 * Run under `node --cpu-prof` to see the profile:
 *   DATABASE_URL=postgres://…/bench PAYLOAD_SECRET=… node --cpu-prof --cpu-prof-dir=/tmp/prof \
 *     --import tsx scripts/profileRestReads.ts 300
 */
import './lib/loadEnv'
import { REST_GET } from '@payloadcms/next/routes'
import { getPayload } from 'payload'
import { guardApi } from '../src/lib/http/apiEdge'

const rounds = Number(process.argv[2] || 200)
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config: await config })
const bare = REST_GET(config)
const edge = guardApi(bare, config)
const film = (
  await payload.find({ collection: 'movies', limit: 1, depth: 0, where: { _status: { equals: 'published' } } })
).docs[0]!

async function time(label: string, path: string, get: typeof bare) {
  const call = async () => {
    const url = new URL(`http://localhost/api/${path}`)
    const slug = url.pathname.replace(/^\/api\//, '').split('/')
    const response = await get(new Request(url), { params: Promise.resolve({ slug }) })
    return (await response.arrayBuffer()).byteLength
  }
  const bytes = await call()
  const started = performance.now()
  for (let i = 0; i < rounds; i++) await call()
  const ms = (performance.now() - started) / rounds
  console.log(`${label.padEnd(40)} ${ms.toFixed(1).padStart(7)} ms  ${(bytes / 1024).toFixed(1).padStart(7)} KB`)
}

for (const [name, get] of [
  ['Payload', bare],
  ['edge', edge],
] as const) {
  await time(`${name}: GET /api/movies/:id?locale=lo`, `movies/${film.id}?locale=lo`, get)
  await time(`${name}: GET /api/movies?locale=lo&depth=1`, 'movies?locale=lo&depth=1', get)
}
process.exit(0)
