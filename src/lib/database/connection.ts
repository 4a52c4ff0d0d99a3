/** Where the embedded PostgreSQL listens when DATABASE_URL is unset. */
export const embeddedPort = (): number => Number(process.env.EMBEDDED_POSTGRES_PORT || 54329)

const embeddedDatabaseName = 'lao_cinema'

/** An embedded server's address: it listens on 127.0.0.1 with the `postgres` user. */
export const embeddedUrlAt = (port: number, database = 'postgres'): string =>
  `postgres://postgres:postgres@127.0.0.1:${port}/${database}`

const embeddedServerUrl = (database = 'postgres'): string => embeddedUrlAt(embeddedPort(), database)

/** The database the app uses: DATABASE_URL, or the embedded server's database. */
export const databaseUrl = (): string => process.env.DATABASE_URL || embeddedServerUrl(embeddedDatabaseName)

/** The same server, another database: used to create and drop databases. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${database}`
  return parsed.toString()
}

export function databaseNameOf(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''))
  if (!name) throw new Error(`DATABASE_URL names no database: ${url}`)
  return name
}

/**
 * The pool's settings: a request waits at most 30 s for a connection (a database that stops
 * answering, or a pool kept busy that long, answers 503 instead of hanging; a stopped one answers
 * at once), and no statement runs longer than DATABASE_STATEMENT_TIMEOUT_MS (15 s by default; 0
 * turns it off), so no single request can hold a connection for long.
 */
export function databasePoolOptions() {
  const statementTimeout = Number(process.env.DATABASE_STATEMENT_TIMEOUT_MS ?? 15_000)
  return {
    connectionString: databaseUrl(),
    connectionTimeoutMillis: 30_000,
    ...(statementTimeout > 0 && { statement_timeout: statementTimeout }),
  }
}
