import type { CollectionConfig } from 'payload'
import { localeLabels, locales } from '@/i18n/locales'
import { adminsOnly, adminsOnlyField } from '../access/adminsOnly'
import { anyoneButIntegrators } from '../access/anyoneButIntegrators'
import { editorsReachAdmin } from '../access/editorsReachAdmin'
import { isAdmin, reports, roles } from '../access/roles'
import { changeSelfOrAdmin, selfOrAdmin } from '../access/selfOrAdmin'
import {
  anonymiseBeforeDelete,
  claimAnonymousOnLogin,
  clearFailuresOnLogin,
  clearLockOnUnlock,
  countLoginFailure,
  endOtherSessionsOnPasswordChange,
  guardAuthOperations,
} from './hooks/accountSecurity'
import { changeEmail } from './endpoints/changeEmail'
import { currentPasswordForAccountChanges, logAccountChangesByAdmin } from './hooks/currentPasswordForAccountChanges'
import { firstUserBecomesAdmin } from './hooks/firstUserBecomesAdmin'
import { meByApiKey } from './hooks/meByApiKey'
import { apiKeyStrategy } from '@/lib/apiKeys/authenticate'
import { resetPasswordHtml, resetPasswordSubject } from '@/lib/accounts/resetPasswordEmail'

const roleLabels = {
  viewer: { en: 'Viewer', lo: 'ຜູ້ຊົມ' },
  editor: { en: 'Editor', lo: 'ບັນນາທິການ' },
  admin: { en: 'Admin', lo: 'ຜູ້ດູແລລະບົບ' },
  integrator: { en: 'Integrator (API)', lo: 'ລະບົບເຊື່ອມຕໍ່ (API)' },
} as const

const reportLabels = {
  rentals: { en: 'Rentals', lo: 'ການເຊົ່າ' },
  payments: { en: 'Payments', lo: 'ການຊຳລະເງິນ' },
} as const

const thirtyDaysInSeconds = 30 * 24 * 60 * 60

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'displayName', 'role'],
    hidden: ({ user }) => !isAdmin(user),
  },
  auth: {
    // Before Payload's own JWT strategy: a request presenting one of our API keys is its owner's.
    strategies: [apiKeyStrategy],
    tokenExpiration: thirtyDaysInSeconds,
    useSessions: true,
    // Off: Payload's lock lives on the user row, so it would answer a registered email differently
    // from an unknown one. Failed logins are counted per email instead (src/lib/accounts/throttle.ts).
    maxLoginAttempts: 0,
    forgotPassword: {
      // Payload's default: a reset token lasts one hour and works once.
      expiration: 60 * 60 * 1000,
      generateEmailSubject: resetPasswordSubject,
      generateEmailHTML: resetPasswordHtml,
    },
    cookies: {
      sameSite: 'Lax',
      secure: process.env.NODE_ENV === 'production',
    },
  },
  access: {
    admin: editorsReachAdmin,
    // Anyone may register (integrators only read); the role field below keeps them a viewer.
    create: anyoneButIntegrators,
    read: selfOrAdmin,
    update: changeSelfOrAdmin,
    delete: changeSelfOrAdmin,
    unlock: adminsOnly,
  },
  endpoints: [changeEmail],
  hooks: {
    beforeOperation: [guardAuthOperations, currentPasswordForAccountChanges],
    afterOperation: [logAccountChangesByAdmin, clearLockOnUnlock],
    beforeChange: [firstUserBecomesAdmin, endOtherSessionsOnPasswordChange],
    beforeDelete: [anonymiseBeforeDelete],
    afterLogin: [clearFailuresOnLogin, claimAnonymousOnLogin],
    me: [meByApiKey],
    afterError: [countLoginFailure],
  },
  fields: [
    {
      // Carries the check of currentPasswordForAccountChanges, which takes it out of the data before
      // anything is saved; virtual, so there is no column for it either.
      name: 'currentPassword',
      type: 'text',
      virtual: true,
      maxLength: 1024,
      admin: {
        readOnly: false,
        // Only on one's own account: an admin changing someone else's needs no password of theirs.
        condition: (data, _siblingData, { user }) => Boolean(data?.id && data.id === user?.id),
        description: 'Needed only to change your own email or password.',
        components: { Field: '/collections/Users/components/CurrentPasswordField#CurrentPasswordField' },
      },
    },
    {
      name: 'displayName',
      type: 'text',
      maxLength: 80,
    },
    {
      name: 'preferredLocale',
      type: 'select',
      options: locales.map((value) => ({ label: localeLabels[value], value })),
      admin: { description: "The site's and emails' language for this viewer." },
    },
    {
      name: 'preferredSubtitleLocale',
      type: 'select',
      options: locales.map((value) => ({ label: localeLabels[value], value })),
      admin: { description: 'Empty: subtitles off unless the film is in another language.' },
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'viewer',
      saveToJWT: true,
      options: roles.map((role) => ({ label: roleLabels[role], value: role })),
      access: {
        create: adminsOnlyField,
        update: adminsOnlyField,
      },
    },
    {
      // Read by the rentals' and payments' access rules; only admins grant it.
      name: 'reportingAccess',
      type: 'select',
      hasMany: true,
      label: { en: 'Reports this integrator may read', lo: 'ລາຍງານທີ່ລະບົບເຊື່ອມຕໍ່ນີ້ອ່ານໄດ້' },
      options: reports.map((report) => ({ label: reportLabels[report], value: report })),
      access: { create: adminsOnlyField, update: adminsOnlyField },
      admin: {
        condition: (data) => data?.role === 'integrator',
        description: {
          en: 'Every rental or payment, for reporting. The published catalogue needs no grant.',
          lo: 'ທຸກການເຊົ່າ ຫຼື ການຊຳລະເງິນ ສຳລັບລາຍງານ. ລາຍການຮູບເງົາທີ່ເຜີຍແຜ່ແລ້ວບໍ່ຕ້ອງຂໍສິດ.',
        },
      },
    },
  ],
}
