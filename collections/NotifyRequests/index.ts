import type { CollectionConfig } from 'payload'
import { locales } from '@/i18n/locales'
import { nobody } from '../access/nobody'
import { loggedIn } from '../access/loggedIn'
import { ownAccountRows, ownAccountRowsOrEditor } from '../access/ownAccountRows'
import { onlyComingSoonFilms } from './hooks/onlyComingSoonFilms'

/**
 * "Tell me when it's available": a viewer's request to be emailed once when a coming-soon film
 * becomes available (collections/Movies/hooks/notifyWhenAvailable.ts queues the mail). Accounts
 * only, one row per account and film; `notifiedAt` is set by the server in the transaction that
 * records the mail, so no request is mailed twice.
 */
export const NotifyRequests: CollectionConfig<'notify-requests'> = {
  slug: 'notify-requests',
  labels: {
    singular: { en: 'Notify-me request', lo: 'ຄຳຂໍໃຫ້ແຈ້ງ' },
    plural: { en: 'Notify-me requests', lo: 'ຄຳຂໍໃຫ້ແຈ້ງ' },
  },
  admin: { defaultColumns: ['movie', 'user', 'createdAt', 'notifiedAt'], group: { en: 'Viewers', lo: 'ຜູ້ຊົມ' } },
  access: {
    read: ownAccountRowsOrEditor,
    create: loggedIn,
    update: nobody,
    delete: ownAccountRows,
  },
  hooks: {
    // A request is the caller's own, whatever owner the body names.
    beforeValidate: [
      ({ data, operation, req }) => (operation === 'create' && req.user ? { ...data, user: req.user.id } : data),
    ],
    beforeChange: [onlyComingSoonFilms],
  },
  fields: [
    {
      name: 'user',
      label: { en: 'Viewer', lo: 'ຜູ້ຊົມ' },
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
    },
    {
      name: 'movie',
      label: { en: 'Film', lo: 'ຮູບເງົາ' },
      type: 'relationship',
      relationTo: 'movies',
      required: true,
      index: true,
    },
    {
      name: 'locale',
      label: { en: 'Language asked in', lo: 'ພາສາທີ່ໃຊ້ຕອນຂໍ' },
      type: 'select',
      options: locales.map((value) => ({
        value,
        label: { en: value === 'lo' ? 'Lao' : 'English', lo: value === 'lo' ? 'ລາວ' : 'ອັງກິດ' },
      })),
      admin: { description: { en: 'The email leads with this language.', lo: 'ອີເມວຈະຂຶ້ນຕົ້ນດ້ວຍພາສານີ້.' } },
    },
    {
      name: 'notifiedAt',
      label: { en: 'Emailed at', lo: 'ສົ່ງອີເມວເມື່ອ' },
      type: 'date',
      // Written by the mailing job only; a viewer naming it could silence their own request.
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
