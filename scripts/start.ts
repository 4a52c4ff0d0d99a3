/** `npm start`: production server after `npm run build`. Migrates first; never seeds. */
import './lib/loadEnv'
import { closePayload } from '../src/lib/database/closePayload'
import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { missingSecretMessage } from '../src/lib/config/payloadSecret'
import { openDatabase } from './lib/openDatabase'
import { runUntilExit } from './lib/runUntilExit'

if (!process.env.PAYLOAD_SECRET?.trim()) {
  console.error(`\n  Cannot start: ${missingSecretMessage}\n`)
  process.exit(1)
}

// Cached pages and catalogue data are derived from the database; a restart must never serve what
// was cached before it (from another database, or a restored backup). They rebuild on first visit.
for (const cache of [path.join('.next', 'cache', 'fetch-cache'), path.join('.next', 'server', 'route-cache')]) {
  rmSync(cache, { recursive: true, force: true })
}

const { payload, stopDatabase } = await openDatabase()
await closePayload(payload)

await runUntilExit(
  () => spawn('npx', ['next', 'start', ...process.argv.slice(2)], { stdio: 'inherit', env: process.env }),
  stopDatabase,
)
