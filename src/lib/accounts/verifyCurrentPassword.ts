import type { PayloadRequest } from 'payload'
import { requestClientAddress } from '../http/clientAddress'
import { countFailedLogin } from './throttle'

/**
 * Whether `password` is the logged-in user's current password, checked by logging in with it: a
 * wrong one counts as a failed log-in (towards the account lock and the address throttle) exactly
 * as on the log-in form, and a throttled caller gets the log-in's 429. The session the check opens
 * is closed again, and the log-in leaves nothing behind in the request: not its context, and not
 * its user (Payload's log-in sets `req.user` to the new session's user).
 */
export async function verifyCurrentPassword(req: PayloadRequest, password: string): Promise<boolean> {
  const { payload, user } = req
  if (!user || !password) return false
  const context = req.context
  req.context = { ...context }
  const caller = req.user
  let token: string | undefined
  try {
    ;({ token } = await payload.login({ collection: 'users', data: { email: user.email, password }, req }))
  } catch (error) {
    // A throttled caller gets the log-in's 429, an outage its 503; only a wrong password is "no".
    if ((error as { status?: number }).status !== 401) throw error
    // Payload's afterError hooks, where the log-in form's failures are counted, do not run for a
    // log-in through the Local API: counted here.
    await countFailedLogin(payload, requestClientAddress(req.headers), user.email)
    return false
  } finally {
    req.context = context
    req.user = caller
  }
  const sid = token
    ? (JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { sid?: string }).sid
    : undefined
  if (sid) {
    const me = await payload.findByID({
      collection: 'users',
      id: user.id,
      overrideAccess: true,
      depth: 0,
      req,
      select: { sessions: true },
    })
    const sessions = (me.sessions ?? []).filter((session) => session.id !== sid)
    await payload.update({
      collection: 'users',
      id: user.id,
      data: { sessions },
      overrideAccess: true,
      depth: 0,
      req,
      select: {},
    })
  }
  return true
}
