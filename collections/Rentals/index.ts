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
  labels: { singular: { en: 'Rental', lo: 'ການເຊົ່າ' }, plural: { en: 'Rentals', lo: 'ການເຊົ່າ' } },
  admin: {
    defaultColumns: ['movie', 'user', 'startsAt', 'expiresAt', 'payment'],
    group: { en: 'Rentals', lo: 'ການເຊົ່າ' },
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
    {
      name: 'movie',
      label: { en: 'Film', lo: 'ຮູບເງົາ' },
      type: 'relationship',
      relationTo: 'movies',
      required: true,
      index: true,
    },
    {
      name: 'startsAt',
      label: { en: 'Starts at', lo: 'ເລີ່ມເມື່ອ' },
      type: 'date',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } },
    },
    {
      name: 'expiresAt',
      label: { en: 'Expires at', lo: 'ໝົດອາຍຸເມື່ອ' },
      type: 'date',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } },
    },
    {
      name: 'payment',
      label: { en: 'Payment', lo: 'ການຈ່າຍເງິນ' },
      type: 'relationship',
      relationTo: 'payments',
      required: true,
      // One payment pays for one rental, however often its confirmation arrives.
      unique: true,
      admin: { readOnly: true },
    },
  ],
}
