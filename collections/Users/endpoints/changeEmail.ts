import type { Endpoint } from 'payload'
import { z } from 'zod'
import { verifyCurrentPassword } from '@/lib/accounts/verifyCurrentPassword'
import { PublicError } from '@/lib/http/errors'
import { parseBody, text } from '@/lib/http/parse'
import type { User } from '../../../payload-types'
import { documented } from '@/lib/openapi/endpointDoc'

export const changeEmailBody = z.object({
  email: text(254).pipe(z.email('Give a valid email address.')),
  password: text(1024).min(1, 'Give your current password.'),
})

const changeEmailAnswer = z.object({ message: z.string(), doc: z.object({ id: z.number().int(), email: z.string() }) })

export type ChangeEmailAnswer = { message: string; doc: Pick<User, 'id' | 'email'> }

/**
 * POST /api/users/change-email — `{ "email": "new@…", "password": "current password" }`. The
 * logged-in viewer's own address, changed only with their password: a session left open on a
 * shared computer must not be enough to take the account over. A wrong password counts as a failed
 * log-in (and so towards the account lock).
 */
export const changeEmail: Endpoint = {
  path: '/change-email',
  method: 'post',
  custom: documented({
    summary: "Change the logged-in account's email, with its password",
    audience: 'viewers',
    body: changeEmailBody,
    responses: {
      200: { description: 'Changed', schema: changeEmailAnswer },
      400: { description: 'Not an email, or another account uses it' },
      401: { description: 'Not logged in, or the password is not right' },
    },
  }),
  handler: async (req) => {
    if (!req.user) throw new PublicError(401, 'Log in to change your email.')
    const body = await parseBody(req, changeEmailBody, { defaultField: 'email' })
    if (!(await verifyCurrentPassword(req, body.password)))
      throw new PublicError(401, 'The password is not right.', 'password')
    try {
      const updated = await req.payload.update({
        collection: 'users',
        id: req.user.id,
        data: { email: body.email },
        overrideAccess: true,
        depth: 0,
      })
      const answer: ChangeEmailAnswer = {
        message: 'Your email has been changed.',
        doc: { id: updated.id, email: updated.email },
      }
      return Response.json(answer)
    } catch (error) {
      const status = (error as { status?: number }).status
      if (status === 400) throw new PublicError(400, 'An account already uses this email.', 'email')
      throw error
    }
  },
}
