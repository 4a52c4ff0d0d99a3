import pg from 'pg'
import { databaseUrl } from '../../src/lib/database/connection'
import { migrations } from '../../migrations'

/**
 * The migrations of this build that the database has not applied yet, or null when the database
 * cannot be reached. A database that has never been migrated lacks the whole list.
 */
export async function pendingMigrations(): Promise<string[] | null> {
  const client = new pg.Client({ connectionString: databaseUrl(), connectionTimeoutMillis: 5_000 })
  client.on('error', () => {})
  try {
    await client.connect()
  } catch {
    return null
  }
  try {
    const { rows } = await client.query<{ name: string }>('SELECT name FROM payload_migrations')
    const applied = new Set(rows.map((row) => row.name))
    return migrations.map((migration) => migration.name).filter((name) => !applied.has(name))
  } catch (error) {
    // 42P01: no payload_migrations table, i.e. a database never migrated.
    if ((error as { code?: string }).code === '42P01') return migrations.map((migration) => migration.name)
    throw error
  } finally {
    await client.end().catch(() => {})
  }
}
