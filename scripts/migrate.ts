/** `npm run migrate`: applies pending migrations to the app's database. */
import { openDatabase } from './lib/openDatabase'

const { payload, stopDatabase } = await openDatabase()
await payload.destroy()
await stopDatabase()
process.exit(0)
