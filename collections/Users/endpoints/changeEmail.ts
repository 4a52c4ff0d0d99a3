import type { Endpoint } from 'payload'
import { z } from 'zod'
import { errorResponse, jsonBody } from '../../../src/lib/http/errors'
import { verifyCurrentPassword } from '../../../src/lib/accounts/verifyCurrentPassword'

const changeEmailBody = z.object({
  email: z.email().max(254),
  password: z.string().min(1),
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
    if (!req.user) return errorResponse(401, 'Log in to change your email.')
    const parsed = changeEmailBody.safeParse((await jsonBody(req)) ?? {})
    if (!parsed.success) {
      const field = String(parsed.error.issues[0]?.path[0] ?? 'email')
      return errorResponse(400, field === 'password' ? 'Give your current password.' : 'Give a valid email address.', field)
    }
    if (!(await verifyCurrentPassword(req, parsed.data.password))) return errorResponse(401, 'The password is not right.', 'password')
    try {
      const updated = await req.payload.update({ collection: 'users', id: req.user.id, data: { email: parsed.data.email }, overrideAccess: true, depth: 0 })
      return Response.json({ message: 'Your email has been changed.', doc: { id: updated.id, email: updated.email } })
    } catch (error) {
      const status = (error as { status?: number }).status
      if (status === 400) return errorResponse(400, 'An account already uses this email.', 'email')
      throw error
    }
  },
}
