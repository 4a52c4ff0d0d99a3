import type { Payload } from 'payload'

/**
 * When PostgreSQL goes away, the pool's idle connections fail with an 'error' event; without a
 * listener Node treats that as fatal and the whole server dies. Logged instead: the pool drops the
 * broken connection and opens a new one on the next request, so the app recovers by itself when
 * the database is back.
 */
export function keepPoolAlive(payload: Payload): void {
  const pool = (payload.db as { pool?: { on: (event: 'error', listener: (error: Error) => void) => void } }).pool
  pool?.on('error', (error) =>
    payload.logger.warn({ err: error }, 'a database connection was lost; it is reopened on the next request'),
  )
}
