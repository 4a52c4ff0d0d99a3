import type { CollectionConfig } from 'payload'
import { adminsOnly } from '../access/adminsOnly'
import { nobody } from '../access/nobody'
import { ownRowsOrEditor } from '../access/ownRowsOrEditor'
import { exactlyOneOwner } from '../shared/exactlyOneOwner'
import { ownerFields } from '../shared/ownerFields'
import { defaultLocale, locales } from '@/i18n/locales'
import { paymentStatuses } from '@/lib/payments/status'
import { checkout } from './endpoints/checkout'
import { paymentStatus } from './endpoints/paymentStatus'
import { webhook } from './endpoints/webhook'

/**
 * The ledger of what viewers paid. Only the server writes it: a pending row at checkout, marked
 * paid when the provider's signed confirmation arrives. Editors read it; admins may correct a
 * status (a refund made at the bank, say); nobody deletes a payment.
 */
export const Payments: CollectionConfig<'payments'> = {
  slug: 'payments',
  admin: {
    defaultColumns: ['movie', 'status', 'amountLak', 'provider', 'createdAt', 'paidAt'],
    group: 'Rentals',
    listSearchableFields: ['reference'],
  },
  access: {
    read: ownRowsOrEditor('payments'),
    create: nobody,
    update: adminsOnly,
    delete: nobody,
  },
  endpoints: [checkout, webhook, paymentStatus],
  hooks: {
    beforeValidate: [exactlyOneOwner],
  },
  fields: [
    ...ownerFields,
    { name: 'movie', type: 'relationship', relationTo: 'movies', required: true, index: true },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: paymentStatuses.map((value) => ({ label: value, value })),
      admin: {
        description:
          '"needs-refund": paid while the viewer already held an active rental of the film; ' +
          'an admin sets "refunded" once the money is back.',
      },
    },
    {
      type: 'row',
      fields: [
        { name: 'amountLak', label: 'Amount (LAK)', type: 'number', required: true, min: 0, admin: { readOnly: true } },
        {
          name: 'listPriceLak',
          label: 'List price (LAK)',
          type: 'number',
          required: true,
          min: 0,
          admin: { readOnly: true },
        },
      ],
    },
    { name: 'promoCode', type: 'relationship', relationTo: 'promo-codes', index: true, admin: { readOnly: true } },
    { name: 'provider', type: 'text', required: true, index: true, admin: { readOnly: true } },
    {
      name: 'reference',
      type: 'text',
      unique: true,
      admin: { readOnly: true, description: "The provider's id for this payment." },
    },
    {
      name: 'checkout',
      type: 'group',
      admin: { readOnly: true },
      fields: [
        { name: 'url', type: 'text' },
        { name: 'qrData', type: 'text' },
        { name: 'expiresAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    { name: 'paidAt', type: 'date', index: true, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'locale',
      type: 'select',
      options: [...locales],
      defaultValue: defaultLocale,
      admin: { readOnly: true, description: 'The language the viewer paid in; the receipt is written in it first.' },
    },
  ],
}
