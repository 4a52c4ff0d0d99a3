import type { Migration, Payload } from 'payload'

/**
 * Applies the pending ones of `migrations` (migrations/index.ts, which the caller owns). They are
 * passed in rather than read from disk so that this works wherever TypeScript is compiled on the
 * fly (tsx, vitest).
 */
export async function migrateDatabase(payload: Payload, migrations: readonly unknown[]): Promise<void> {
  // Payload types migrate() with `(args: unknown)` while generated migrations take typed args.
  await payload.db.migrate({ migrations: migrations as Migration[] })
}
