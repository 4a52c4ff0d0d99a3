import type { Payload } from 'payload'
import { rateLimits } from '../rateLimits/limits'
import { consume, countFailure, forget, refusedFor, TooManyAttempts } from '../rateLimits/rateLimiter'

/**
 * Log-in and reset-request throttling, on the shared rate limits (src/lib/rateLimits). Failed
 * logins are counted per email whether or not an account has it, and Payload's own lock on the
 * user row is off (collections/Users): an unknown email is answered exactly like a wrong password,
 * lock included, so neither reveals which emails are registered.
 */
const emailKey = (email: string) => email.toLowerCase().trim()

// Whole minutes, in the message and in Retry-After alike: two refusals a second apart read the same.
const minutesOf = (ms: number) => Math.max(1, Math.ceil(ms / 60_000))
const plural = (n: number) => `${n} minute${n === 1 ? '' : 's'}`

/** Refuses (429) a log-in while its address or its email is locked by failed attempts. */
export async function refuseLoginIfLocked(payload: Payload, address: string, email: string | undefined): Promise<void> {
  const fromAddress = await refusedFor(payload, rateLimits.loginFailuresPerAddress, address)
  if (fromAddress !== null) {
    const m = minutesOf(fromAddress)
    throw new TooManyAttempts(`Too many attempts from your network. Try again in ${plural(m)}.`, m * 60)
  }
  if (!email) return
  const forEmail = await refusedFor(payload, rateLimits.loginFailuresPerEmail, emailKey(email))
  if (forEmail !== null) {
    const m = minutesOf(forEmail)
    throw new TooManyAttempts(`Too many failed logins with this email. Try again in ${plural(m)}.`, m * 60)
  }
}

export async function countFailedLogin(payload: Payload, address: string, email: string | undefined): Promise<void> {
  await countFailure(payload, rateLimits.loginFailuresPerAddress, address)
  if (email) await countFailure(payload, rateLimits.loginFailuresPerEmail, emailKey(email))
}

/** A successful log-in, or an admin's unlock, clears the email's failures. */
export async function forgetFailedLogins(payload: Payload, email: string): Promise<void> {
  await forget(payload, rateLimits.loginFailuresPerEmail, emailKey(email))
}

/** Every reset request counts, per address and per email; past either limit it is refused (429). */
export async function countResetRequest(payload: Payload, address: string, email: string | undefined): Promise<void> {
  await consume(
    payload,
    rateLimits.resetRequestsPerAddress,
    address,
    (s) => `Too many attempts from your network. Try again in ${plural(minutesOf(s * 1000))}.`,
  )
  if (email) {
    await consume(
      payload,
      rateLimits.resetRequestsPerEmail,
      emailKey(email),
      (s) => `Too many reset requests for this email. Try again in ${plural(minutesOf(s * 1000))}.`,
    )
  }
}
