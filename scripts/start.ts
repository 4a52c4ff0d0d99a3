/** `npm start`: production server after `npm run build`. Migrates first; never seeds. */
import './lib/loadEnv'
import { closePayload } from '../src/lib/database/closePayload'
import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { missingSecretMessage } from '../src/lib/config/payloadSecret'
import { openDatabase, runUntilExit } from './lib/openDatabase'

if (!process.env.PAYLOAD_SECRET?.trim()) {
  console.error(`\n  Cannot start: ${missingSecretMessage}\n`)
  process.exit(1)
}

// Cached catalogue data is derived from the database; a restart must never serve what was cached
// before it (a restored backup, say). Pages rebuild their cache on first visit.
rmSync(path.join('.next', 'cache', 'fetch-cache'), { recursive: true, force: true })

const { payload, stopDatabase } = await openDatabase()
await closePayload(payload)

await runUntilExit(
  () => spawn('npx', ['next', 'start', ...process.argv.slice(2)], { stdio: 'inherit', env: process.env }),
  stopDatabase,
)
