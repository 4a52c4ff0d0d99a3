import type { Payload } from 'payload'

type Pool = { end: () => Promise<void>; on: (event: 'error', listener: () => void) => void; ended?: boolean }

/**
 * Payload's destroy() leaves its postgres pool open, with one client it never releases, so
 * `pool.end()` would wait forever. End the idle clients without waiting and ignore the error the
 * held client raises when its server or database goes away (a dropped test database, say).
 */
export async function closePayload(payload: Payload): Promise<void> {
  await payload.destroy()
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  if (!pool || pool.ended) return
  pool.on('error', () => {})
  void pool.end()
}
