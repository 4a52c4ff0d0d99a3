import {
  ValidationError,
  type CollectionAfterErrorHook,
  type CollectionAfterLoginHook,
  type CollectionAfterOperationHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type CollectionBeforeOperationHook,
} from 'payload'
import { anonymiseViewerRows } from '@/lib/accounts/anonymiseOnDelete'
import { passwordProblem } from '@/lib/accounts/passwordPolicy'
import { countFailedLogin, countResetRequest, forgetFailedLogins, refuseLoginIfLocked } from '@/lib/accounts/throttle'
import { requestClientAddress } from '@/lib/http/clientAddress'
import { rateLimits } from '@/lib/rateLimits/limits'
import { countWrite } from '@/lib/rateLimits/countWrite'
import { claimAnonymous } from '@/lib/viewer/claimAnonymous'
import { anonymousIdFromCookie } from '@/lib/viewer/resolveViewer'

type Attempt = { address: string; email?: string }

/** A hostile body may put anything where the email goes; only a string is an email to count by. */
const emailOf = (data: { email?: unknown } | undefined) => (typeof data?.email === 'string' ? data.email : undefined)

/**
 * Before Payload's own auth operations: new passwords must be long and uncommon; logins are refused
 * while the email or the caller's address is locked by failed attempts; reset requests and
 * self-registrations are rate-limited. Server code (the Local API) is not limited.
 */
export const guardAuthOperations: CollectionBeforeOperationHook<'users'> = async ({
  args,
  operation,
  req,
  collection,
}) => {
  const data = (args as { data?: { email?: string; password?: unknown } }).data
  if (
    (operation === 'create' || operation === 'update' || operation === 'resetPassword') &&
    typeof data?.password === 'string'
  ) {
    const problem = passwordProblem(data.password)
    if (problem)
      throw new ValidationError({ collection: collection.slug, errors: [{ path: 'password', message: problem }], req })
  }
  if (req.payloadAPI === 'local') return args
  const address = requestClientAddress(req.headers)
  if (operation === 'login') {
    const attempt: Attempt = { address, email: emailOf(data) }
    await refuseLoginIfLocked(req.payload, attempt.address, attempt.email)
    // Counted only when it fails (see countLoginFailure).
    req.context.loginAttempt = attempt
  }
  if (operation === 'forgotPassword') await countResetRequest(req.payload, address, emailOf(data))
  // An editor or admin creating accounts answers for it; anonymous sign-ups are limited per address.
  if (operation === 'create') await countWrite(req, null, { perAddress: rateLimits.registrationsPerAddress })
  return args
}

/** Unknown email or wrong password: the same 401 from Payload, and the same count here. */
export const countLoginFailure: CollectionAfterErrorHook = async ({ error, req }) => {
  const attempt = req.context?.loginAttempt as Attempt | undefined
  if (attempt && (error as { status?: number }).status === 401)
    await countFailedLogin(req.payload, attempt.address, attempt.email)
}

/** An admin's unlock (Payload's `unlock`, admins only) clears the email's failed logins. */
export const clearLockOnUnlock: CollectionAfterOperationHook<'users'> = async ({ args, operation, req, result }) => {
  const email = emailOf((args as { data?: { email?: unknown } }).data)
  if (operation === 'unlock' && result && email) await forgetFailedLogins(req.payload, email)
  return result
}

/** The right password clears the email's earlier failures, as Payload's own counter did. */
export const clearFailuresOnLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  if (typeof user.email === 'string') await forgetFailedLogins(req.payload, user.email)
  return user
}

/** On log-in, whatever the browser rented or watched anonymously becomes the account's. */
export const claimAnonymousOnLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  const anonymousId = anonymousIdFromCookie(req.headers)
  if (!anonymousId) return user
  // Part of the log-in's transaction: if the claim fails, so does the log-in, and nothing moves.
  const result = await claimAnonymous(req.payload, anonymousId, user.id, req)
  if (result.claimed)
    req.payload.logger.info({ userId: user.id, ...result }, 'anonymous rentals and progress claimed on log-in')
  return user
}

/** A new password ends every session but the one that set it: whoever knew the old one is out. */
export const endOtherSessionsOnPasswordChange: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || typeof data.password !== 'string' || !data.password) return data
  const current = (req.user as { _sid?: string } | null)?._sid
  const sessions = (originalDoc?.sessions ?? []) as { id: string }[]
  return { ...data, sessions: sessions.filter((session) => req.user?.id === originalDoc?.id && session.id === current) }
}

/** Deleting an account keeps its rentals, payments and progress, anonymised, in the same transaction. */
export const anonymiseBeforeDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await anonymiseViewerRows(req.payload, req, Number(id))
}
