/**
 * `npm start`: production server after `npm run build`. Migrates first (unless MIGRATE_ON_START=false:
 * at scale, `npm run migrate` runs once per deploy and the instances only serve); never seeds.
 */
// First, as `next start` does: Next's modules capture AsyncLocalStorage from globalThis when they load
// (Payload's config loads some for the migrations), and the `next` entry point does not set it.
import 'next/dist/server/node-environment'
import './lib/loadEnv'
import { closePayload } from '../src/lib/database/closePayload'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { missingSecretMessage } from '../src/lib/config/payloadSecret'
import { trustedProxyHops } from '../src/lib/http/clientAddress'
import { bootDatabase } from '../src/lib/database/bootDatabase'
import { openDatabase } from './lib/openDatabase'
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

// Many instances starting at once must not race each other through the same migrations.
async function prepareDatabase(): Promise<() => Promise<void>> {
  if (process.env.MIGRATE_ON_START === 'false') return (await bootDatabase()).stop
  // Next's server runs in this process and asks getPayload for the 'default' instance: this one,
  // closed once migrations are done, stays in a slot of its own.
  const { payload, stopDatabase } = await openDatabase({ payloadKey: 'start:migrations' })
  await closePayload(payload)
  return stopDatabase
}
const stopDatabase = await prepareDatabase()

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
