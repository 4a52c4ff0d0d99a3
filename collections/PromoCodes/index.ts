import type { CollectionConfig } from 'payload'
import { editorsOnly } from '../access/editorsOnly'
import { normalizePromoCode } from '@/lib/rentals/promoCodes'

export const promoKinds = ['percentage', 'fixed', 'free'] as const

/**
 * Codes editors hand out. Viewers never read this collection; they redeem a code at checkout, where
 * the server counts uses under a row lock so a limited code is never used more often than allowed.
 */
export const PromoCodes: CollectionConfig<'promo-codes'> = {
  slug: 'promo-codes',
  admin: {
    useAsTitle: 'code',
    defaultColumns: ['code', 'kind', 'uses', 'maxUses', 'validUntil', 'movie'],
    group: 'Rentals',
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
      type: 'text',
      required: true,
      unique: true,
      maxLength: 40,
      validate: (value: unknown) =>
        typeof value === 'string' && /^[A-Z0-9-]{3,40}$/.test(value) ? true : 'Use 3–40 letters, digits or dashes.',
      admin: { description: 'What viewers type, e.g. PIMAI2027. Stored in capitals; viewers may type any case.' },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'percentage',
      options: [
        { label: 'Percentage off', value: 'percentage' },
        { label: 'Fixed amount off', value: 'fixed' },
        { label: 'Free rental', value: 'free' },
      ],
    },
    {
      name: 'percentOff',
      type: 'number',
      min: 1,
      max: 100,
      admin: { condition: (data) => data?.kind === 'percentage' },
      validate: (value: unknown, { siblingData }: { siblingData: { kind?: string } }) =>
        siblingData.kind !== 'percentage' || (typeof value === 'number' && value >= 1 && value <= 100)
          ? true
          : 'Give a percentage from 1 to 100.',
    },
    {
      name: 'amountOffLak',
      label: 'Amount off (LAK)',
      type: 'number',
      min: 1,
      admin: { condition: (data) => data?.kind === 'fixed' },
      validate: (value: unknown, { siblingData }: { siblingData: { kind?: string } }) =>
        siblingData.kind !== 'fixed' || (typeof value === 'number' && value >= 1)
          ? true
          : 'Give the amount off in LAK.',
    },
    {
      type: 'row',
      fields: [
        { name: 'validFrom', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'validUntil', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'maxUses', type: 'number', min: 1, admin: { description: 'Empty: no limit.' } },
        {
          name: 'uses',
          type: 'number',
          defaultValue: 0,
          access: { create: () => false, update: () => false },
          admin: { readOnly: true, description: 'Counted by the server at each redemption.' },
        },
      ],
    },
    {
      name: 'movie',
      type: 'relationship',
      relationTo: 'movies',
      admin: { description: 'Only for this film. Empty: any film.' },
    },
  ],
}
