import type { CollectionConfig } from 'payload'
import { anyone } from '../access/anyone'
import { editorsOnly } from '../access/editorsOnly'
import { needsLaoField, computeNeedsLao } from '../shared/needsLao'
import { revalidateCatalogue, revalidateCatalogueAfterDelete } from '../shared/revalidateCatalogue'
import { reindexFilmsOfPerson } from './hooks/reindexFilmsOfPerson'

export const People: CollectionConfig<'people'> = {
  slug: 'people',
  labels: { singular: { en: 'Person', lo: 'ບຸກຄົນ' }, plural: { en: 'People', lo: 'ບຸກຄົນ' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'knownForDepartment', 'needsLao'],
    components: {
      edit: { beforeDocumentControls: ['/collections/shared/translation/TranslateButton#TranslateButton'] },
      beforeListTable: ['/collections/shared/components/NeedsLaoFilter#NeedsLaoFilter'],
    },
  },
  access: {
    read: anyone,
    create: editorsOnly,
    update: editorsOnly,
    delete: editorsOnly,
  },
  hooks: {
    beforeChange: [computeNeedsLao('people', ['name', 'biography', 'placeOfBirth'])],
    afterChange: [reindexFilmsOfPerson, revalidateCatalogue],
    afterDelete: [revalidateCatalogueAfterDelete],
  },
  defaultPopulate: {
    name: true,
    profile: true,
  },
  fields: [
    {
      name: 'name',
      label: { en: 'Name', lo: 'ຊື່' },
      type: 'text',
      localized: true,
      required: true,
      maxLength: 200,
      admin: { components: { Cell: '/collections/shared/components/UntranslatedTitleCell#UntranslatedTitleCell' } },
    },
    { name: 'biography', label: { en: 'Biography', lo: 'ຊີວະປະຫວັດ' }, type: 'textarea', localized: true },
    { name: 'tmdbId', label: { en: 'TMDB ID', lo: 'ID ຂອງ TMDB' }, type: 'number', unique: true, index: true, min: 1 },
    needsLaoField,
    { name: 'profile', label: { en: 'Photo', lo: 'ຮູບ' }, type: 'upload', relationTo: 'media' },
    {
      type: 'row',
      fields: [
        {
          name: 'birthday',
          label: { en: 'Birthday', lo: 'ວັນເກີດ' },
          type: 'date',
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
        },
        {
          name: 'placeOfBirth',
          label: { en: 'Place of birth', lo: 'ບ່ອນເກີດ' },
          type: 'text',
          localized: true,
          maxLength: 300,
        },
        {
          name: 'knownForDepartment',
          label: { en: 'Known for', lo: 'ເປັນທີ່ຮູ້ຈັກໃນດ້ານ' },
          type: 'text',
          maxLength: 100,
        },
      ],
    },
  ],
}
