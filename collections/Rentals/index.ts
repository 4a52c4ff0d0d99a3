import type { CollectionConfig } from 'payload'
import { adminsOnly } from '../access/adminsOnly'
import { nobody } from '../access/nobody'
import { ownRowsOrEditor } from '../access/ownRowsOrEditor'
import { exactlyOneOwner } from '../shared/exactlyOneOwner'
import { ownerFields } from '../shared/ownerFields'
import { myRentals } from './endpoints/myRentals'
import { rentalStatus } from './endpoints/rentalStatus'

/**
 * A rental exists only because the server verified a payment: nobody creates one through the API.
 * Editors read them all; an admin may shorten or extend a window, or delete a rental, for support.
 */
export const Rentals: CollectionConfig<'rentals'> = {
  slug: 'rentals',
  admin: {
    defaultColumns: ['movie', 'user', 'startsAt', 'expiresAt', 'payment'],
    group: 'Rentals',
  },
  access: {
    read: ownRowsOrEditor('rentals'),
    create: nobody,
    update: adminsOnly,
    delete: adminsOnly,
  },
  endpoints: [rentalStatus, myRentals],
  hooks: {
    beforeValidate: [exactlyOneOwner],
  },
  fields: [
    ...ownerFields,
    { name: 'movie', type: 'relationship', relationTo: 'movies', required: true, index: true },
    {
      name: 'startsAt',
      type: 'date',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'expiresAt',
      type: 'date',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'payment',
      type: 'relationship',
      relationTo: 'payments',
      required: true,
      // One payment pays for one rental, however often its confirmation arrives.
      unique: true,
      admin: { readOnly: true },
    },
  ],
}
