/**
 * `npm start`: production server after `npm run build`. Migrates first (unless MIGRATE_ON_START=false:
 * at scale, `npm run migrate` runs once per deploy and the instances only serve); never seeds.
 */
// First, as `next start` does: Next's modules capture AsyncLocalStorage from globalThis when they load
// (Payload's config loads some for the migrations), and the `next` entry point does not set it.
import 'next/dist/server/node-environment'
import './lib/loadEnv'
import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { missingSecretMessage } from '../src/lib/config/payloadSecret'
import { trustedProxyHops } from '../src/lib/http/clientAddress'
import { bootDatabase } from '../src/lib/database/bootDatabase'
import { serverArguments, startProductionServer } from './lib/productionServer'

if (!process.env.PAYLOAD_SECRET?.trim()) {
  console.error(`\n  Cannot start: ${missingSecretMessage}\n`)
  process.exit(1)
}
// As `next start` does: the production build runs with production settings (secure cookies among them).
;(process.env as Record<string, string>).NODE_ENV ||= 'production'

// Cached pages and catalogue data are derived from the database; a restart must never serve what
// was cached before it (from another database, or a restored backup). They rebuild on first visit.
for (const cache of [path.join('.next', 'cache', 'fetch-cache'), path.join('.next', 'server', 'route-cache')]) {
  rmSync(cache, { recursive: true, force: true })
}

/**
 * The migrations run in a child process that exits when they are done (`npm run migrate`'s own
 * script): Payload, its config and the migration code never stay resident beside the server, which
 * loads only what its pages need. (At scale MIGRATE_ON_START=false: many instances starting at once
 * must not race each other through the same migrations, which the deploy runs once.)
 */
async function migrateInChild(databaseUrl: string): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('scripts', 'migrate.ts')], {
    // The database this process made sure of (the embedded one, when DATABASE_URL is unset).
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: 'inherit',
  })
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  if (code !== 0) throw new Error(`Migrations failed (exit code ${code}); not starting.`)
}

const database = await bootDatabase()
if (process.env.MIGRATE_ON_START !== 'false') {
  await migrateInChild(database.url).catch(async (error) => {
    console.error(`\n  ${(error as Error).message}\n`)
    await database.stop()
    process.exit(1)
  })
}
const stopDatabase = database.stop

const { port, hostname } = serverArguments(process.argv.slice(2))
const trustedHops = trustedProxyHops()
const { server, close } = await startProductionServer({ port, hostname, trustedHops })
console.log(`  Lao Cinema on http://${hostname ?? 'localhost'}:${port} (trusted proxy hops: ${trustedHops})`)

let stopping = false
async function stop(signal: NodeJS.Signals) {
  if (stopping) return
  stopping = true
  console.log(`  ${signal}: finishing requests in flight, then stopping`)
  // Requests still running after 10 s (a long segment download, say) are cut.
  const cut = setTimeout(() => server.closeAllConnections(), 10_000)
  await close().catch((error) => console.error('could not close the server cleanly', error))
  clearTimeout(cut)
  await stopDatabase()
  process.exit(0)
}
process.on('SIGTERM', (signal) => void stop(signal))
process.on('SIGINT', (signal) => void stop(signal))
