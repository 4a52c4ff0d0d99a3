import type { Migration, Payload } from 'payload'
import { migrations } from '../../../migrations'

/**
 * Applies pending migrations from migrations/index.ts. They are passed in rather than read from
 * disk so that this works wherever TypeScript is compiled on the fly (tsx, vitest).
 */
export async function migrateDatabase(payload: Payload): Promise<void> {
  // Payload types migrate() with `(args: unknown)` while generated migrations take typed args.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}
