import type { CollectionConfig } from 'payload'
import { loggedIn } from '../access/loggedIn'
import { adminsOnlyField } from '../access/adminsOnly'
import { nobody } from '../access/nobody'
import { ownRowsOrAdmin } from '../access/ownRowsOrAdmin'
import { isAdmin } from '../access/roles'

/**
 * Films a viewer keeps to watch later. Accounts only: a watchlist is worth keeping, so adding to
 * one asks an anonymous viewer to log in or sign up first. One row per account and film.
 */
export const WatchlistItems: CollectionConfig<'watchlist-items'> = {
  slug: 'watchlist-items',
  labels: { singular: { en: 'Watchlist item', lo: 'ລາຍການທີ່ຢາກເບິ່ງ' }, plural: { en: 'Watchlist', lo: 'ລາຍການທີ່ຢາກເບິ່ງ' } },
  admin: { defaultColumns: ['movie', 'user', 'createdAt'], group: { en: 'Viewers', lo: 'ຜູ້ຊົມ' } },
  access: {
    read: ownRowsOrAdmin,
    create: loggedIn,
    update: nobody,
    delete: ownRowsOrAdmin,
  },
  hooks: {
    // A viewer's new item is theirs, whatever owner the body names.
    beforeValidate: [
      ({ data, operation, req }) =>
        operation === 'create' && req.user && !isAdmin(req.user) ? { ...data, user: req.user.id } : data,
    ],
  },
  fields: [
    {
      name: 'user',
      label: { en: 'User', lo: 'ຜູ້ໃຊ້' },
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      access: { update: adminsOnlyField },
    },
    {
      name: 'movie',
      label: { en: 'Film', lo: 'ຮູບເງົາ' },
      type: 'relationship',
      relationTo: 'movies',
      required: true,
      index: true,
    },
  ],
}
