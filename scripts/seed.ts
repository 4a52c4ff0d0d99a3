/** `npm run seed`: adds the sample catalogue (and an admin when there are no users yet). */
import './lib/loadEnv'
import { closePayload } from '../src/lib/database/closePayload'
import { printSeedResult, seed } from '../src/seed'
import { openDatabase } from './lib/openDatabase'

const { payload, stopDatabase } = await openDatabase()
try {
  printSeedResult(
    await seed(payload, { adminEmail: process.env.SEED_ADMIN_EMAIL, adminPassword: process.env.SEED_ADMIN_PASSWORD }),
  )
} finally {
  await closePayload(payload)
  await stopDatabase()
}
process.exit(0)
