import { sql } from '@payloadcms/db-postgres'
import { APIError, type Payload } from 'payload'
import { sqlFor } from '../database/sqlFor'

/** Payload's own lock, kept on the user's row: 5 failed logins lock the account for 10 minutes. */
export const accountLock = { attempts: 5, minutes: 10 }
/** From one address: 20 failed logins (or 20 reset requests) within 15 minutes refuse it for 15. */
export const addressLimit = { attempts: 20, windowMinutes: 15 }
/** Per email: 5 reset requests within 10 minutes. */
export const resetEmailLimit = { attempts: 5, windowMinutes: 10 }

export type AttemptKind = 'login' | 'forgot-password'

/**
 * The caller's address. Next.js fills X-Forwarded-For with the socket's address when a request
 * arrives without one; behind proxies, TRUSTED_PROXY_HOPS says how many entries at the right end
 * they appended, so the entry just before them is the one a client cannot forge.
 */
export function clientAddress(headers: Headers): string {
  const hops = Number(process.env.TRUSTED_PROXY_HOPS || 0)
  const chain = (headers.get('x-forwarded-for') ?? '').split(',').map((s) => s.trim()).filter(Boolean)
  return chain[Math.max(0, chain.length - 1 - hops)] ?? 'unknown'
}

export class TooManyAttempts extends APIError {
  constructor(message: string, readonly retryAfterSeconds: number) {
    super(message, 429, { retryAfterSeconds }, true)
    // Named outright: production builds mangle class names, and the log level is chosen by name.
    this.name = 'TooManyAttempts'
  }
}

const minutesUntil = (until: Date) => Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000))

/**
 * Refuses (429, saying how long to wait) an attempt the limits forbid. State lives in PostgreSQL
 * (the auth_attempts table and Payload's lock on the user row), so the limits hold across every
 * instance of the app.
 */
export async function refuseIfThrottled(payload: Payload, kind: AttemptKind, address: string, email: string | undefined): Promise<void> {
  const db = await sqlFor(payload)
  const window = `${addressLimit.windowMinutes} minutes`
  const fromAddress = await db.execute(sql`
    SELECT count(*)::int AS n, max(created_at) AS latest FROM auth_attempts
    WHERE kind = ${kind} AND address = ${address} AND failed AND created_at > now() - ${window}::interval`)
  const byAddress = fromAddress.rows[0] as { n: number; latest: Date | null }
  if (byAddress.n >= addressLimit.attempts && byAddress.latest) {
    const until = new Date(new Date(byAddress.latest).getTime() + addressLimit.windowMinutes * 60_000)
    const minutes = minutesUntil(until)
    throw new TooManyAttempts(`Too many attempts from your network. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, minutes * 60)
  }
  if (!email) return
  if (kind === 'login') {
    const { rows } = await db.execute(sql`SELECT lock_until FROM users WHERE email = ${email.toLowerCase().trim()}`)
    const lockUntil = rows[0]?.lock_until ? new Date(rows[0].lock_until as string) : null
    if (lockUntil && lockUntil > new Date()) {
      const minutes = minutesUntil(lockUntil)
      throw new TooManyAttempts(`This account is locked after ${accountLock.attempts} failed logins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, minutes * 60)
    }
  } else {
    const resetWindow = `${resetEmailLimit.windowMinutes} minutes`
    const { rows } = await db.execute(sql`
      SELECT count(*)::int AS n, min(created_at) AS oldest FROM auth_attempts
      WHERE kind = 'forgot-password' AND email = ${email.toLowerCase().trim()} AND created_at > now() - ${resetWindow}::interval`)
    const byEmail = rows[0] as { n: number; oldest: Date | null }
    if (byEmail.n >= resetEmailLimit.attempts && byEmail.oldest) {
      const minutes = minutesUntil(new Date(new Date(byEmail.oldest).getTime() + resetEmailLimit.windowMinutes * 60_000))
      throw new TooManyAttempts(`Too many reset requests for this email. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, minutes * 60)
    }
  }
}

/** Records an attempt; `failed` ones count against the address (every reset request does). */
export async function recordAttempt(payload: Payload, kind: AttemptKind, address: string, email: string | undefined, failed: boolean): Promise<void> {
  const db = await sqlFor(payload)
  await db.execute(sql`
    INSERT INTO auth_attempts (kind, address, email, failed) VALUES (${kind}, ${address}, ${email?.toLowerCase().trim() ?? null}, ${failed})`)
}
