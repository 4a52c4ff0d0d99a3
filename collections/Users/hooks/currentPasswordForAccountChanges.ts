import {
  APIError,
  ValidationError,
  type CollectionAfterOperationHook,
  type CollectionBeforeOperationHook,
  type Where,
} from 'payload'
import { verifyCurrentPassword } from '@/lib/accounts/verifyCurrentPassword'

type AccountData = { email?: unknown; password?: unknown; role?: unknown; currentPassword?: unknown }
type AccountField = 'email' | 'password' | 'role'
type OthersChanged = { targetId: number; fields: AccountField[] }[]

const given = (value: unknown) => value !== undefined && value !== null && value !== ''
const sameEmail = (a: unknown, b: unknown) => String(a).trim().toLowerCase() === String(b).trim().toLowerCase()

/**
 * Changing one's own email or password needs the current password, on every path that updates a
 * user (REST `PATCH /api/users/:id` and `PATCH /api/users?where=…`, GraphQL `updateUser`, the
 * profile and admin forms): a session left open on a shared computer must not be enough to take an
 * account over. The password comes as `currentPassword` in the data, is checked like a log-in and is
 * never stored. An admin changing SOMEONE ELSE's email, password or role needs no password of
 * theirs (support work: the account's owner may be the one locked out); that is logged instead.
 * Server code (`overrideAccess: true`, e.g. the change-email endpoint after its own check, the
 * password reset by token) has decided already and passes through.
 */
export const currentPasswordForAccountChanges: CollectionBeforeOperationHook<'users'> = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'update') return args
  const { data, id, where, overrideAccess } = args as {
    data?: AccountData
    id?: number | string
    where?: Where
    overrideAccess?: boolean
  }
  if (!data || typeof data !== 'object') return args
  const { currentPassword, ...rest } = data
  const stripped = { ...args, data: rest }
  const user = req.user
  if (overrideAccess || !user) return stripped
  const touched = (['email', 'password', 'role'] as const).filter((field) => given(data[field]))
  if (!touched.length) return stripped

  const targets =
    id !== undefined
      ? [
          await req.payload.findByID({
            collection: 'users',
            id,
            depth: 0,
            overrideAccess: false,
            req,
            disableErrors: true,
            select: { email: true, role: true },
          }),
        ].filter((doc) => doc !== null)
      : (
          await req.payload.find({
            collection: 'users',
            where,
            depth: 0,
            limit: 0,
            pagination: false,
            overrideAccess: false,
            req,
            select: { email: true, role: true },
          })
        ).docs
  let ownChange = false
  const othersChanged: OthersChanged = []
  for (const target of targets) {
    const fields = touched.filter((field) =>
      field === 'password'
        ? true
        : field === 'email'
          ? !sameEmail(data.email, target.email)
          : data.role !== target.role,
    )
    if (target.id === user.id) ownChange ||= fields.includes('email') || fields.includes('password')
    else if (fields.length) othersChanged.push({ targetId: target.id, fields })
  }

  if (ownChange) {
    if (typeof currentPassword !== 'string' || !currentPassword) {
      throw new ValidationError({
        collection: collection.slug,
        errors: [{ path: 'currentPassword', message: 'Give your current password to change your email or password.' }],
        req,
      })
    }
    if (!(await verifyCurrentPassword(req, currentPassword))) {
      const message = 'The current password is not right.'
      throw new APIError(message, 401, { errors: [{ path: 'currentPassword', message }] }, true)
    }
  }
  if (othersChanged.length) req.context.accountChangesByAdmin = othersChanged
  return stripped
}

/** Logged once the change has been made, so the log holds what happened, not what was tried. */
export const logAccountChangesByAdmin: CollectionAfterOperationHook<'users'> = ({ operation, req, result }) => {
  const changes = req.context.accountChangesByAdmin as OthersChanged | undefined
  if ((operation === 'update' || operation === 'updateByID') && changes) {
    delete req.context.accountChangesByAdmin
    for (const change of changes) {
      req.payload.logger.info(
        { adminId: req.user?.id, targetId: change.targetId, fields: change.fields },
        "an admin changed another user's account",
      )
    }
  }
  return result
}
