import type { Endpoint } from 'payload'
import { z } from 'zod'
import { PublicError } from '../../../src/lib/http/errors'
import { parseBody, text } from '../../../src/lib/http/parse'

const changeEmailBody = z.object({
  email: text(254).pipe(z.email('Give a valid email address.')),
  password: text(1024).min(1, 'Give your current password.'),
})

/**
 * POST /api/users/change-email — `{ "email": "new@…", "password": "current password" }`. The
 * logged-in viewer's own address, changed only with their password: a session left open on a
 * shared computer must not be enough to take the account over. A wrong password counts as a failed
 * log-in (and so towards the account lock).
 */
export const changeEmail: Endpoint = {
  path: '/change-email',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new PublicError(401, 'Log in to change your email.')
    const body = await parseBody(req, changeEmailBody, { defaultField: 'email' })
    const { payload } = req
    let verification: { token?: string }
    try {
      verification = await payload.login({ collection: 'users', data: { email: req.user.email, password: body.password }, req })
    } catch (error) {
      const status = (error as { status?: number }).status
      if (status === 429) throw error
      throw new PublicError(401, 'The password is not right.', 'password')
    }
    // The check above opened a session of its own; close it again.
    const sid = verification.token ? (JSON.parse(Buffer.from(verification.token.split('.')[1]!, 'base64url').toString()) as { sid?: string }).sid : undefined
    const me = await payload.findByID({ collection: 'users', id: req.user.id, overrideAccess: true, depth: 0 })
    const sessions = (me.sessions ?? []).filter((session) => session.id !== sid)
    try {
      const updated = await payload.update({ collection: 'users', id: req.user.id, data: { email: body.email, sessions }, overrideAccess: true, depth: 0 })
      return Response.json({ message: 'Your email has been changed.', doc: { id: updated.id, email: updated.email } })
    } catch (error) {
      const status = (error as { status?: number }).status
      if (status === 400) throw new PublicError(400, 'An account already uses this email.', 'email')
      throw error
    }
  },
}
