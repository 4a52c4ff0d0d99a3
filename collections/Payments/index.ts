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
const paymentStatusLabels: Record<(typeof paymentStatuses)[number], { en: string; lo: string }> = {
  pending: { en: 'Pending', lo: 'ລໍຖ້າ' },
  paid: { en: 'Paid', lo: 'ຈ່າຍແລ້ວ' },
  'needs-refund': { en: 'Needs refund', lo: 'ຕ້ອງຄືນເງິນ' },
  refunded: { en: 'Refunded', lo: 'ຄືນເງິນແລ້ວ' },
}

export const Payments: CollectionConfig<'payments'> = {
  slug: 'payments',
  labels: { singular: { en: 'Payment', lo: 'ການຈ່າຍເງິນ' }, plural: { en: 'Payments', lo: 'ການຈ່າຍເງິນ' } },
  admin: {
    defaultColumns: ['movie', 'status', 'amountLak', 'provider', 'createdAt', 'paidAt'],
    group: { en: 'Rentals', lo: 'ການເຊົ່າ' },
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
    {
      name: 'movie',
      label: { en: 'Film', lo: 'ຮູບເງົາ' },
      type: 'relationship',
      relationTo: 'movies',
      required: true,
      index: true,
    },
    {
      name: 'status',
      label: { en: 'Status', lo: 'ສະຖານະ' },
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: paymentStatuses.map((value) => ({ label: paymentStatusLabels[value], value })),
      admin: {
        description: {
          en:
            '"Needs refund": paid while the viewer already held an active rental of the film; ' +
            'an admin sets "Refunded" once the money is back.',
          lo: '"ຕ້ອງຄືນເງິນ": ຈ່າຍເງິນໃນຂະນະທີ່ຜູ້ຊົມຍັງມີການເຊົ່າຮູບເງົານີ້ຢູ່; ' + 'ຜູ້ດູແລລະບົບຕັ້ງເປັນ "ຄືນເງິນແລ້ວ" ເມື່ອເງິນຖືກສົ່ງຄືນ.',
        },
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'amountLak',
          label: { en: 'Amount (LAK)', lo: 'ຈຳນວນເງິນ (ກີບ)' },
          type: 'number',
          required: true,
          min: 0,
          admin: { readOnly: true },
        },
        {
          name: 'listPriceLak',
          label: { en: 'List price (LAK)', lo: 'ລາຄາປົກກະຕິ (ກີບ)' },
          type: 'number',
          required: true,
          min: 0,
          admin: { readOnly: true },
        },
      ],
    },
    {
      name: 'promoCode',
      label: { en: 'Promo code', lo: 'ລະຫັດສ່ວນຫຼຸດ' },
      type: 'relationship',
      relationTo: 'promo-codes',
      index: true,
      admin: { readOnly: true },
    },
    {
      name: 'provider',
      label: { en: 'Payment provider', lo: 'ຜູ້ໃຫ້ບໍລິການຈ່າຍເງິນ' },
      type: 'text',
      required: true,
      index: true,
      admin: { readOnly: true },
    },
    {
      name: 'reference',
      label: { en: 'Reference', lo: 'ເລກອ້າງອີງ' },
      type: 'text',
      unique: true,
      admin: {
        readOnly: true,
        description: { en: "The provider's id for this payment.", lo: 'ID ຂອງການຈ່າຍເງິນນີ້ຈາກຜູ້ໃຫ້ບໍລິການ.' },
      },
    },
    {
      name: 'checkout',
      label: { en: 'Checkout', lo: 'ການຊຳລະເງິນ' },
      type: 'group',
      admin: { readOnly: true },
      fields: [
        { name: 'url', label: { en: 'Payment page', lo: 'ໜ້າຈ່າຍເງິນ' }, type: 'text' },
        { name: 'qrData', label: { en: 'QR code data', lo: 'ຂໍ້ມູນລະຫັດ QR' }, type: 'text' },
        {
          name: 'expiresAt',
          label: { en: 'Expires at', lo: 'ໝົດອາຍຸເມື່ອ' },
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } },
        },
      ],
    },
    {
      name: 'paidAt',
      label: { en: 'Paid at', lo: 'ຈ່າຍເມື່ອ' },
      type: 'date',
      index: true,
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } },
    },
    {
      name: 'locale',
      label: { en: 'Language', lo: 'ພາສາ' },
      type: 'select',
      options: [
        { label: { en: 'English', lo: 'ອັງກິດ' }, value: 'en' },
        { label: { en: 'Lao', lo: 'ລາວ' }, value: 'lo' },
      ] satisfies { label: { en: string; lo: string }; value: (typeof locales)[number] }[],
      defaultValue: defaultLocale,
      admin: {
        readOnly: true,
        description: {
          en: 'The language the viewer paid in; the receipt is written in it first.',
          lo: 'ພາສາທີ່ຜູ້ຊົມໃຊ້ຕອນຈ່າຍເງິນ; ໃບຮັບເງິນຂຽນເປັນພາສານີ້ກ່ອນ.',
        },
      },
    },
  ],
}
