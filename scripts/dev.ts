/**
 * `npm run dev`: database (embedded unless DATABASE_URL is set), migrations, the sample catalogue
 * on first run, then `next dev`.
 */
import './lib/loadEnv'
import { closePayload } from '../src/lib/database/closePayload'
import { spawn } from 'node:child_process'
import { printSeedResult, seed } from '../src/seed'
import { openDatabase } from './lib/openDatabase'
import { runUntilExit } from './lib/runUntilExit'

const { payload, stopDatabase } = await openDatabase()
const { totalDocs: films } = await payload.count({ collection: 'movies', overrideAccess: true })
const { totalDocs: users } = await payload.count({ collection: 'users', overrideAccess: true })
if (films === 0 && users === 0) {
  console.log('Empty database: seeding the sample catalogue…')
  printSeedResult(await seed(payload))
}
await closePayload(payload)

await runUntilExit(
  () => spawn('npx', ['next', 'dev', ...process.argv.slice(2)], { stdio: 'inherit', env: process.env }),
  stopDatabase,
)
