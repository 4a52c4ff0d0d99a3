import type { CollectionConfig } from 'payload'
import { anyone } from '../access/anyone'
import { editorsOnly } from '../access/editorsOnly'

export const People: CollectionConfig<'people'> = {
  slug: 'people',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'knownForDepartment', 'tmdbId'],
  },
  access: {
    read: anyone,
    create: editorsOnly,
    update: editorsOnly,
    delete: editorsOnly,
  },
  defaultPopulate: {
    name: true,
    profile: true,
  },
  fields: [
    { name: 'name', type: 'text', localized: true, required: true, maxLength: 200 },
    { name: 'biography', type: 'textarea', localized: true },
    { name: 'tmdbId', type: 'number', unique: true, index: true, min: 1 },
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
