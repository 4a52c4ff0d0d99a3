import type { CollectionConfig } from 'payload'
import { anyone } from '../access/anyone'
import { editorsOnly } from '../access/editorsOnly'
import { needsLaoField, computeNeedsLao } from '../shared/needsLao'
import { revalidateCatalogue, revalidateCatalogueAfterDelete } from '../shared/revalidateCatalogue'
import { slugFromField, validateSlug } from '@/lib/films/slug'

export const Genres: CollectionConfig<'genres'> = {
  slug: 'genres',
  labels: { singular: { en: 'Genre', lo: 'ປະເພດຮູບເງົາ' }, plural: { en: 'Genres', lo: 'ປະເພດຮູບເງົາ' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'needsLao'],
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
    beforeChange: [computeNeedsLao('genres', ['name'])],
    afterChange: [revalidateCatalogue],
    afterDelete: [revalidateCatalogueAfterDelete],
  },
  defaultPopulate: {
    name: true,
    slug: true,
  },
  fields: [
    {
      name: 'name',
      label: { en: 'Name', lo: 'ຊື່' },
      type: 'text',
      localized: true,
      required: true,
      maxLength: 100,
      admin: { components: { Cell: '/collections/shared/components/UntranslatedTitleCell#UntranslatedTitleCell' } },
    },
    {
      name: 'slug',
      label: { en: 'Address (slug)', lo: 'ທີ່ຢູ່ໃນເວັບ' },
      type: 'text',
      unique: true,
      index: true,
      required: true,
      validate: validateSlug,
      hooks: { beforeValidate: [slugFromField('name')] },
      admin: { position: 'sidebar' },
    },
    { name: 'tmdbId', label: { en: 'TMDB ID', lo: 'ID ຂອງ TMDB' }, type: 'number', unique: true, index: true, min: 1 },
    needsLaoField,
  ],
}
