import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { editorsOnly } from '../access/editorsOnly'
import { publishedImagesOrEditor } from './access/publishedImagesOrEditor'
import { skipReverseJoins } from './hooks/skipReverseJoins'
import { mediaDir } from '@/lib/storage/paths'
import { revalidateCatalogue, revalidateCatalogueAfterDelete } from '../shared/revalidateCatalogue'

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  labels: { singular: { en: 'Image', lo: 'ຮູບພາບ' }, plural: { en: 'Images', lo: 'ຮູບພາບ' } },
  admin: {
    useAsTitle: 'filename',
  },
  access: {
    read: publishedImagesOrEditor,
    create: editorsOnly,
    update: editorsOnly,
    delete: editorsOnly,
  },
  hooks: {
    beforeOperation: [skipReverseJoins],
    afterChange: [revalidateCatalogue],
    afterDelete: [revalidateCatalogueAfterDelete],
  },
  upload: {
    staticDir: path.resolve(mediaDir()),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'],
    imageSizes: [
      { name: 'thumbnail', width: 200 },
      { name: 'card', width: 400 },
      { name: 'hero', width: 1280 },
    ],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
  },
  fields: [
    { name: 'alt', label: { en: 'Alternative text', lo: 'ຂໍ້ຄວາມແທນຮູບ' }, type: 'text', localized: true, maxLength: 300 },
    {
      name: 'tmdbFilePath',
      label: { en: 'TMDB image path', lo: 'ທີ່ຢູ່ຮູບໃນ TMDB' },
      type: 'text',
      index: true,
      admin: {
        readOnly: true,
        description: {
          en: 'The TMDB image this was imported from; re-imports reuse it.',
          lo: 'ຮູບຈາກ TMDB ທີ່ນຳເຂົ້າມາ; ການນຳເຂົ້າຄືນໃໝ່ຈະໃຊ້ຮູບນີ້ຄືນ.',
        },
      },
    },
    // Where the image is used, for the read rule only (no columns: Payload joins on the using table).
    { name: 'posterOf', type: 'join', collection: 'movies', on: 'poster', admin: { disabled: true } },
    { name: 'backdropOf', type: 'join', collection: 'movies', on: 'backdrop', admin: { disabled: true } },
    { name: 'profileOf', type: 'join', collection: 'people', on: 'profile', admin: { disabled: true } },
  ],
}
