import type { CollectionConfig } from 'payload'
import { adminsOnly } from '../access/adminsOnly'
import { ownRowsOrAdmin } from '../access/ownRowsOrAdmin'
import { exactlyOneOwner } from '../shared/exactlyOneOwner'
import { ownerFields } from '../shared/ownerFields'

/**
 * A rental exists only because the server verified a payment; no caller but an admin may write
 * one through the API (the rental flow uses the Local API on the server).
 */
export const Rentals: CollectionConfig<'rentals'> = {
  slug: 'rentals',
  admin: {
    defaultColumns: ['movie', 'user', 'startsAt', 'expiresAt'],
    group: 'Viewers',
  },
  access: {
    read: ownRowsOrAdmin,
    create: adminsOnly,
    update: adminsOnly,
    delete: adminsOnly,
  },
  hooks: {
    beforeValidate: [exactlyOneOwner],
  },
  fields: [
    ...ownerFields,
    { name: 'movie', type: 'relationship', relationTo: 'movies', required: true, index: true },
    { name: 'startsAt', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'expiresAt', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'payment',
      type: 'group',
      fields: [
        { name: 'provider', type: 'text', required: true },
        { name: 'reference', type: 'text', required: true },
        { name: 'amountLak', type: 'number', required: true, min: 0 },
      ],
    },
  ],
}
