import type { CollectionConfig } from 'payload'
import { anyone } from '../access/anyone'
import { editorsOnly } from '../access/editorsOnly'
import { needsLaoField, computeNeedsLao } from '../shared/needsLao'
import { revalidateCatalogue, revalidateCatalogueAfterDelete } from '../shared/revalidateCatalogue'
import { reindexFilmsOfPerson } from './hooks/reindexFilmsOfPerson'

export const People: CollectionConfig<'people'> = {
  slug: 'people',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'knownForDepartment', 'needsLao'],
    components: { beforeListTable: ['/collections/shared/components/NeedsLaoFilter#NeedsLaoFilter'] },
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
    { name: 'name', type: 'text', localized: true, required: true, maxLength: 200 },
    { name: 'biography', type: 'textarea', localized: true },
    { name: 'tmdbId', type: 'number', unique: true, index: true, min: 1 },
    needsLaoField,
    { name: 'profile', type: 'upload', relationTo: 'media' },
    {
      type: 'row',
      fields: [
        { name: 'birthday', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
        { name: 'placeOfBirth', type: 'text', localized: true, maxLength: 300 },
        { name: 'knownForDepartment', type: 'text', maxLength: 100 },
      ],
    },
  ],
}
