import type { CollectionConfig } from 'payload'
import { adminsOnly } from '../access/adminsOnly'
import { issueKey, revealKeyOnce } from './hooks/issueKey'
import { ownerIsIntegrator } from './hooks/ownerIsIntegrator'

const serverOnly = { create: () => false, update: () => false } as const

/**
 * Keys an admin issues to an integrator account (README › For integrators). Stored as an HMAC and
 * a display prefix; the plain key is answered once, to the admin who created it. The strategy in
 * src/lib/apiKeys/authenticate.ts looks keys up on every request, so revoking (or deleting) one
 * takes effect on the next request.
 */
export const ApiKeys: CollectionConfig<'api-keys'> = {
  slug: 'api-keys',
  labels: {
    singular: { en: 'API key', lo: 'ກະແຈ API' },
    plural: { en: 'API keys', lo: 'ກະແຈ API' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'owner', 'prefix', 'lastUsedAt', 'revoked'],
    group: { en: 'Integrators', lo: 'ລະບົບເຊື່ອມຕໍ່' },
    components: { edit: { SaveButton: '/collections/ApiKeys/components/IssueKeyButton#IssueKeyButton' } },
  },
  access: {
    read: adminsOnly,
    create: adminsOnly,
    update: adminsOnly,
    delete: adminsOnly,
  },
  hooks: {
    beforeValidate: [ownerIsIntegrator],
    beforeChange: [issueKey],
    afterChange: [revealKeyOnce],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 120,
      label: { en: 'Name', lo: 'ຊື່' },
      admin: {
        description: {
          en: 'Who uses it and for what, e.g. "Unitel TV app, production".',
          lo: 'ໃຜໃຊ້ ແລະ ໃຊ້ເພື່ອຫຍັງ, ເຊັ່ນ "ແອັບ Unitel TV, ລະບົບຈິງ".',
        },
      },
    },
    {
      name: 'owner',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      label: { en: 'Integrator account', lo: 'ບັນຊີລະບົບເຊື່ອມຕໍ່' },
      filterOptions: { role: { equals: 'integrator' } },
      // A key belongs to the account it was issued to for its whole life.
      access: { update: () => false },
    },
    {
      // Filled only in the answer to the create (hooks/issueKey.ts); never stored.
      name: 'key',
      type: 'text',
      virtual: true,
      label: { en: 'Key (shown once)', lo: 'ກະແຈ (ສະແດງເທື່ອດຽວ)' },
      access: serverOnly,
      admin: {
        readOnly: true,
        // On a saved key only: creating one shows it from the save button (components/IssueKeyButton.tsx).
        condition: (data) => Boolean(data?.id),
        components: { Field: '/collections/ApiKeys/components/KeyShownOnce#KeyShownOnce' },
      },
    },
    {
      name: 'prefix',
      type: 'text',
      label: { en: 'Starts with', lo: 'ເລີ່ມຕົ້ນດ້ວຍ' },
      access: serverOnly,
      admin: { readOnly: true },
    },
    {
      // Set by hooks/issueKey.ts on every create (the column is NOT NULL); not `required` here, or
      // the admin's form and the create's types would ask the admin for it.
      name: 'hash',
      type: 'text',
      unique: true,
      // Never answered, to anyone, through any API.
      access: { read: () => false, ...serverOnly },
      admin: { hidden: true },
    },
    {
      name: 'lastUsedAt',
      type: 'date',
      label: { en: 'Last used', lo: 'ໃຊ້ຄັ້ງລ່າສຸດ' },
      access: serverOnly,
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'revoked',
      type: 'checkbox',
      defaultValue: false,
      label: { en: 'Revoked', lo: 'ຖືກຍົກເລີກ' },
      admin: {
        description: {
          en: 'Stops the key at once, for good. To replace a key, create a new one first.',
          lo: 'ຢຸດກະແຈທັນທີ ແລະ ຕະຫຼອດໄປ. ເພື່ອປ່ຽນກະແຈ, ສ້າງກະແຈໃໝ່ກ່ອນ.',
        },
      },
    },
    {
      name: 'revokedAt',
      type: 'date',
      label: { en: 'Revoked at', lo: 'ຍົກເລີກເມື່ອ' },
      access: serverOnly,
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: 'users',
      label: { en: 'Created by', lo: 'ສ້າງໂດຍ' },
      access: serverOnly,
      admin: { readOnly: true },
    },
  ],
}
