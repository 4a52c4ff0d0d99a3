import { migrateDatabase } from '@/lib/database/migrateDatabase'
import { getPayload, type Payload } from 'payload'
import { bootDatabase } from '@/lib/database/bootDatabase'
import { migrations } from '../../migrations'

/**
 * The start of every command that touches the database: make sure the server and database exist
 * (embedded when DATABASE_URL is unset), then bring the schema up to date from migrations/.
 * `payloadKey` names getPayload's cache slot (kept on `global`), for a process whose Next server
 * must not be handed this instance.
 */
export async function openDatabase(
  options: { payloadKey?: string } = {},
): Promise<{ payload: Payload; stopDatabase: () => Promise<void> }> {
  const { stop } = await bootDatabase()
  // Imported only now: the config reads the environment that bootDatabase settles.
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config, key: options.payloadKey })
  await migrateDatabase(payload, migrations)
  return { payload, stopDatabase: stop }
}
