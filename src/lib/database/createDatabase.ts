import pg from 'pg'
import { databaseNameOf, withDatabase } from './connection'

const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`

/** Creates the database named in `url` on its server when it does not exist yet. */
export async function createDatabaseIfMissing(url: string): Promise<boolean> {
  const name = databaseNameOf(url)
  const admin = new pg.Client({ connectionString: withDatabase(url, 'postgres') })
  await admin.connect()
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
    if (rowCount) return false
    await admin.query(`CREATE DATABASE ${quoteIdentifier(name)}`)
    return true
  } finally {
    await admin.end()
  }
}

export async function dropDatabase(url: string): Promise<void> {
  const name = databaseNameOf(url)
  const admin = new pg.Client({ connectionString: withDatabase(url, 'postgres') })
  await admin.connect()
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`)
  } finally {
    await admin.end()
  }
}
