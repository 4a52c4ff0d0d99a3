import type { CollectionConfig } from 'payload'
import { adminsOnly, adminsOnlyField } from '../access/adminsOnly'
import { anyone } from '../access/anyone'
import { editorsReachAdmin } from '../access/editorsReachAdmin'
import { isAdmin, roles } from '../access/roles'
import { selfOrAdmin } from '../access/selfOrAdmin'
import { claimAnonymousOnLogin, guardAuthOperations, recordFailedLogin } from './hooks/accountSecurity'
import { firstUserBecomesAdmin } from './hooks/firstUserBecomesAdmin'
import { accountLock } from '../../src/lib/accounts/throttle'

const thirtyDaysInSeconds = 30 * 24 * 60 * 60

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'displayName', 'role'],
    hidden: ({ user }) => !isAdmin(user),
  },
  auth: {
    tokenExpiration: thirtyDaysInSeconds,
    useSessions: true,
    maxLoginAttempts: accountLock.attempts,
    lockTime: accountLock.minutes * 60_000,
    cookies: {
      sameSite: 'Lax',
      secure: process.env.NODE_ENV === 'production',
    },
  },
  access: {
    admin: editorsReachAdmin,
    // Anyone may register; the role field below keeps them a viewer.
    create: anyone,
    read: selfOrAdmin,
    update: selfOrAdmin,
    delete: selfOrAdmin,
    unlock: adminsOnly,
  },
  hooks: {
    beforeOperation: [guardAuthOperations],
    beforeChange: [firstUserBecomesAdmin],
    afterLogin: [claimAnonymousOnLogin],
    afterError: [recordFailedLogin],
  },
  fields: [
    {
      name: 'displayName',
      type: 'text',
      maxLength: 80,
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'viewer',
      saveToJWT: true,
      options: roles.map((role) => ({ label: role[0]!.toUpperCase() + role.slice(1), value: role })),
      access: {
        create: adminsOnlyField,
        update: adminsOnlyField,
      },
    },
  ],
}
