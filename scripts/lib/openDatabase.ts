import { migrateDatabase } from '../../src/lib/database/migrateDatabase'
import { getPayload, type Payload } from 'payload'
import { bootDatabase } from '../../src/lib/database/bootDatabase'

/**
 * The start of every command that touches the database: make sure the server and database exist
 * (embedded when DATABASE_URL is unset), then bring the schema up to date from migrations/.
 */
export async function openDatabase(): Promise<{ payload: Payload; stopDatabase: () => Promise<void> }> {
  const { stop } = await bootDatabase()
  // Imported only now: the config reads the environment that bootDatabase settles.
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  await migrateDatabase(payload)
  return { payload, stopDatabase: stop }
}
