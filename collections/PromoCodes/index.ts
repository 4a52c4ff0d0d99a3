import type { CollectionConfig } from 'payload'
import { editorsOnly } from '../access/editorsOnly'
import { normalizePromoCode } from '@/lib/rentals/promoCodes'
import { inAdminLanguage } from '@/i18n/admin/adminText'

type AdminReq = Parameters<typeof inAdminLanguage>[1]

export const promoKinds = ['percentage', 'fixed', 'free'] as const

/**
 * Codes editors hand out. Viewers never read this collection; they redeem a code at checkout, where
 * the server counts uses under a row lock so a limited code is never used more often than allowed.
 */
export const PromoCodes: CollectionConfig<'promo-codes'> = {
  slug: 'promo-codes',
  labels: { singular: { en: 'Promo code', lo: 'ລະຫັດສ່ວນຫຼຸດ' }, plural: { en: 'Promo codes', lo: 'ລະຫັດສ່ວນຫຼຸດ' } },
  admin: {
    useAsTitle: 'code',
    defaultColumns: ['code', 'kind', 'uses', 'maxUses', 'validUntil', 'movie'],
    group: { en: 'Rentals', lo: 'ການເຊົ່າ' },
  },
  access: {
    read: editorsOnly,
    create: editorsOnly,
    update: editorsOnly,
    delete: editorsOnly,
  },
  hooks: {
    beforeValidate: [
      ({ data }) => (typeof data?.code === 'string' ? { ...data, code: normalizePromoCode(data.code) } : data),
    ],
  },
  fields: [
    {
      name: 'code',
      label: { en: 'Code', lo: 'ລະຫັດ' },
      type: 'text',
      required: true,
      unique: true,
      maxLength: 40,
      validate: (value: unknown, { req }: { req?: Parameters<typeof inAdminLanguage>[1] }) =>
        typeof value === 'string' && /^[A-Z0-9-]{3,40}$/.test(value)
          ? true
          : inAdminLanguage({ en: 'Use 3–40 letters, digits or dashes.', lo: 'ໃຊ້ຕົວອັກສອນ, ຕົວເລກ ຫຼື ຂີດ 3–40 ຕົວ.' }, req),
      admin: {
        description: {
          en: 'What viewers type, e.g. PIMAI2027. Stored in capitals; viewers may type any case.',
          lo: 'ສິ່ງທີ່ຜູ້ຊົມພິມ, ເຊັ່ນ PIMAI2027. ເກັບເປັນຕົວພິມໃຫຍ່; ຜູ້ຊົມພິມແບບໃດກໍໄດ້.',
        },
      },
    },
    {
      name: 'kind',
      label: { en: 'Kind', lo: 'ຊະນິດສ່ວນຫຼຸດ' },
      type: 'select',
      required: true,
      defaultValue: 'percentage',
      options: [
        { label: { en: 'Percentage off', lo: 'ຫຼຸດເປັນເປີເຊັນ' }, value: 'percentage' },
        { label: { en: 'Fixed amount off', lo: 'ຫຼຸດເປັນຈຳນວນເງິນ' }, value: 'fixed' },
        { label: { en: 'Free rental', lo: 'ເຊົ່າຟຣີ' }, value: 'free' },
      ],
    },
    {
      name: 'percentOff',
      label: { en: 'Percent off', lo: 'ເປີເຊັນທີ່ຫຼຸດ' },
      type: 'number',
      min: 1,
      max: 100,
      admin: { condition: (data) => data?.kind === 'percentage' },
      validate: (value: unknown, { siblingData, req }: { siblingData: { kind?: string }; req?: AdminReq }) =>
        siblingData.kind !== 'percentage' || (typeof value === 'number' && value >= 1 && value <= 100)
          ? true
          : inAdminLanguage({ en: 'Give a percentage from 1 to 100.', lo: 'ໃສ່ເປີເຊັນແຕ່ 1 ຫາ 100.' }, req),
    },
    {
      name: 'amountOffLak',
      label: { en: 'Amount off (LAK)', lo: 'ຈຳນວນທີ່ຫຼຸດ (ກີບ)' },
      type: 'number',
      min: 1,
      admin: { condition: (data) => data?.kind === 'fixed' },
      validate: (value: unknown, { siblingData, req }: { siblingData: { kind?: string }; req?: AdminReq }) =>
        siblingData.kind !== 'fixed' || (typeof value === 'number' && value >= 1)
          ? true
          : inAdminLanguage({ en: 'Give the amount off in LAK.', lo: 'ໃສ່ຈຳນວນທີ່ຫຼຸດເປັນກີບ.' }, req),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'validFrom',
          label: { en: 'Valid from', lo: 'ໃຊ້ໄດ້ຕັ້ງແຕ່' },
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } },
        },
        {
          name: 'validUntil',
          label: { en: 'Valid until', lo: 'ໃຊ້ໄດ້ຈົນຮອດ' },
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'maxUses',
          label: { en: 'Maximum uses', lo: 'ໃຊ້ໄດ້ສູງສຸດ' },
          type: 'number',
          min: 1,
          admin: { description: { en: 'Empty: no limit.', lo: 'ຖ້າຫວ່າງ: ບໍ່ຈຳກັດ.' } },
        },
        {
          name: 'uses',
          label: { en: 'Uses', lo: 'ໃຊ້ແລ້ວ' },
          type: 'number',
          defaultValue: 0,
          access: { create: () => false, update: () => false },
          admin: {
            readOnly: true,
            description: { en: 'Counted by the server at each redemption.', lo: 'ເຊີບເວີນັບທຸກຄັ້ງທີ່ມີການໃຊ້ລະຫັດ.' },
          },
        },
      ],
    },
    {
      name: 'movie',
      label: { en: 'Film', lo: 'ຮູບເງົາ' },
      type: 'relationship',
      relationTo: 'movies',
      admin: { description: { en: 'Only for this film. Empty: any film.', lo: 'ສະເພາະຮູບເງົານີ້. ຖ້າຫວ່າງ: ທຸກຮູບເງົາ.' } },
    },
  ],
}
