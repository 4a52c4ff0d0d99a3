/** `npm run migrate`: applies pending migrations to the app's database. */
import './lib/loadEnv'
import { closePayload } from '../src/lib/database/closePayload'
import { openDatabase } from './lib/openDatabase'

const { payload, stopDatabase } = await openDatabase()
await closePayload(payload)
await stopDatabase()
process.exit(0)
