/**
 * `npm run payload -- <command>`: Payload's CLI against the app's database (embedded unless
 * DATABASE_URL is set), e.g. `npm run payload -- migrate:create add-trailers`.
 */
import './lib/loadEnv'
import { spawn } from 'node:child_process'
import { bootDatabase } from '../src/lib/database/bootDatabase'
import { runUntilExit } from './lib/runUntilExit'

const { stop } = await bootDatabase()
await runUntilExit(
  () => spawn('npx', ['payload', ...process.argv.slice(2)], { stdio: 'inherit', env: process.env }),
  stop,
)
