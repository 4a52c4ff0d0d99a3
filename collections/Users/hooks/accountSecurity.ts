import { ValidationError, type CollectionAfterErrorHook, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook, type CollectionAfterLoginHook, type CollectionBeforeOperationHook } from 'payload'
import { anonymiseViewerRows } from '../../../src/lib/accounts/anonymiseOnDelete'
import { passwordProblem } from '../../../src/lib/accounts/passwordPolicy'
import { clientAddress, recordAttempt, refuseIfThrottled, type AttemptKind } from '../../../src/lib/accounts/throttle'
import { claimAnonymous } from '../../../src/lib/viewer/claimAnonymous'
import { anonymousIdFromCookie } from '../../../src/lib/viewer/resolveViewer'

type Attempt = { kind: AttemptKind; address: string; email?: string }

/**
 * Before Payload's own auth operations: new passwords must be long and uncommon; logins and reset
 * requests are refused while the account or the caller's address is throttled.
 */
export const guardAuthOperations: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req, collection }) => {
  const data = (args as { data?: { email?: string; password?: unknown } }).data
  if ((operation === 'create' || operation === 'update' || operation === 'resetPassword') && typeof data?.password === 'string') {
    const problem = passwordProblem(data.password)
    if (problem) throw new ValidationError({ collection: collection.slug, errors: [{ path: 'password', message: problem }], req })
  }
  if (operation === 'login' || operation === 'forgotPassword') {
    const attempt: Attempt = { kind: operation === 'login' ? 'login' : 'forgot-password', address: clientAddress(req.headers), email: data?.email }
    await refuseIfThrottled(req.payload, attempt.kind, attempt.address, attempt.email)
    // Every reset request counts; a login counts only when it fails (see recordFailedLogin).
    if (attempt.kind === 'forgot-password') await recordAttempt(req.payload, attempt.kind, attempt.address, attempt.email, true)
    req.context.authAttempt = attempt
  }
  return args
}

export const recordFailedLogin: CollectionAfterErrorHook = async ({ error, req }) => {
  const attempt = req.context?.authAttempt as Attempt | undefined
  const status = (error as { status?: number }).status
  if (attempt?.kind === 'login' && (status === 401 || status === 423)) {
    await recordAttempt(req.payload, 'login', attempt.address, attempt.email, true)
  }
}

/** On log-in, whatever the browser rented or watched anonymously becomes the account's. */
export const claimAnonymousOnLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  const anonymousId = anonymousIdFromCookie(req.headers)
  if (!anonymousId) return user
  // Part of the log-in's transaction: if the claim fails, so does the log-in, and nothing moves.
  const result = await claimAnonymous(req.payload, anonymousId, user.id, req)
  if (result.claimed) req.payload.logger.info({ userId: user.id, ...result }, 'anonymous rentals and progress claimed on log-in')
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
