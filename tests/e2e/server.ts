/**
 * The server the e2e tests run against: a throwaway database, the real `npm run seed` (whose
 * printed admin login the tests use), then the real `npm start` on the production build and, as
 * in production, a worker (`npm run worker`) that runs the jobs the web instance only queues.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fixtureFilm, startFakeTmdb } from '../support/fakeTmdb'
import { createThrowawayDatabase } from '../support/throwawayDatabase'
import { startSmtpCatcher } from '../support/smtpCatcher'
import {
  adminCredentialsFile,
  e2eDatabaseUrlFile,
  e2eMailDir,
  e2eServerEnvFile,
  e2eTmdbFilm,
  parsePrintedLogin,
} from './credentials'

const port = process.argv[2] ?? '3100'
const database = await createThrowawayDatabase('e2e')
const dataDir = mkdtempSync(path.join(tmpdir(), 'lao-cinema-e2e-data-'))
// TMDB is unreachable here: the admin's imports go to a local stand-in that speaks its API.
const tmdb = await startFakeTmdb()
// Mail goes out through a real SMTP conversation with a server that keeps what it receives.
rmSync(e2eMailDir, { recursive: true, force: true })
const smtp = await startSmtpCatcher(e2eMailDir)
const { film, people } = fixtureFilm(e2eTmdbFilm.id, { title: e2eTmdbFilm.title, releaseDate: '2024-06-14' })
tmdb.addFilm(film, people)
const env = {
  ...process.env,
  ...tmdb.env(),
  DATABASE_URL: database.url,
  DATA_DIR: dataDir,
  PAYLOAD_SECRET: randomBytes(32).toString('hex'),
  NEXT_TELEMETRY_DISABLED: '1',
  // Production takes no payments until a provider is named; the tests pay with the demo one.
  PAYMENT_PROVIDER: 'demo',
  SMTP_HOST: '127.0.0.1',
  SMTP_PORT: String(smtp.port),
  // The tests play the one proxy in front of the app: a request naming its client in
  // X-Forwarded-For comes from that address (the limits are per address), one without it from
  // the socket, as behind a real load balancer.
  TRUSTED_PROXY_HOPS: '1',
}

const running: { server?: ChildProcess; worker?: ChildProcess } = {}
let stopping = false
async function stop(code: number) {
  if (stopping) return
  stopping = true
  for (const child of [running.server, running.worker]) {
    if (child && child.exitCode === null) {
      child.kill('SIGTERM')
      await new Promise((resolve) => child.once('exit', resolve))
    }
  }
  await database.drop().catch((error) => console.error('could not drop the e2e database', error))
  rmSync(dataDir, { recursive: true, force: true })
  await tmdb.close()
  await smtp.close()
  process.exit(code)
}
process.on('SIGTERM', () => void stop(0))
process.on('SIGINT', () => void stop(0))

const seedOutput = await new Promise<string>((resolve, reject) => {
  const seed = spawn('npx', ['tsx', 'scripts/seed.ts'], { env, stdio: ['ignore', 'pipe', 'inherit'] })
  let output = ''
  seed.stdout.on('data', (chunk) => (output += chunk))
  seed.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`seed failed (${code}):\n${output}`))))
})
mkdirSync(path.dirname(adminCredentialsFile), { recursive: true })
writeFileSync(adminCredentialsFile, JSON.stringify(parsePrintedLogin(seedOutput)))
// For tests that move a rental's clock forward in the database itself.
writeFileSync(e2eDatabaseUrlFile, database.url)
// For tests that start a second instance of the app on the same database.
writeFileSync(e2eServerEnvFile, JSON.stringify(env))

running.server = spawn('npx', ['tsx', 'scripts/start.ts', '-p', port], { env, stdio: 'inherit' })
running.server.on('exit', (code) => void stop(code ?? 1))
// The worker asks the server to expire the pages a job changed (a transcoded film becomes rentable).
running.worker = spawn('npx', ['tsx', 'scripts/worker.ts'], {
  env: { ...env, APP_INTERNAL_URL: `http://127.0.0.1:${port}` },
  stdio: 'inherit',
})
running.worker.on('exit', (code) => void stop(code ?? 1))
