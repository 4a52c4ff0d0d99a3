import { adminsOnlyField } from '../access/adminsOnly'
import type { CollectionConfig, Field } from 'payload'
import { editorsOnly, editorsOnlyField } from '../access/editorsOnly'
import { publishedOrEditor } from '../access/publishedOrEditor'
import { computeNeedsLao, needsLaoField } from '../shared/needsLao'
import { revalidateCatalogue, revalidateCatalogueAfterDelete } from '../shared/revalidateCatalogue'
import { slugFromField, validateSlug } from '@/lib/films/slug'
import { filmTypes } from '@/lib/films/filmTypes'
import { inAdminLanguage } from '@/i18n/admin/adminText'
import { crewDepartments, rentalWindowOptions } from './constants'
import { bulkImportFromTmdb } from './endpoints/bulkImportFromTmdb'
import { homeRows } from './endpoints/homeRows'
import { importFromTmdb } from './endpoints/importFromTmdb'
import { searchFilms } from './endpoints/searchFilms'
import {
  streamMaster,
  streamSegment,
  streamSubtitles,
  streamThumbnails,
  streamVariant,
  trailerMaster,
  trailerVariantFile,
} from './endpoints/stream'
import { emitMovieWebhooks } from './hooks/emitMovieWebhooks'
import { indexMovieForSearch, removeMovieFromSearch } from './hooks/indexMovieForSearch'
import { notifyWhenAvailable } from './hooks/notifyWhenAvailable'
import { rememberPreviousSlug } from './hooks/rememberPreviousSlug'

/** Every localized text of a film, for the "needs Lao" mark. */
const localizedPaths = ['title', 'tagline', 'overview', 'cast.character', 'crew.job']

/**
 * Ladder fields are written by the transcoding job (the Local API); the admin shows them read-only.
 * Over the API only admins may set them: the operator's way to register a ladder transcoded elsewhere
 * (moving an existing catalogue), never an editor's.
 */
const jobOnly = { create: adminsOnlyField, update: adminsOnlyField }

const rentalWindowLabels = {
  en: rentalWindowOptions.map((option) => option.label.en).join(', '),
  lo: rentalWindowOptions.map((option) => option.label.lo).join(', '),
}

const filmTypeLabels = {
  feature: { en: 'Feature', lo: 'ຮູບເງົາຍາວ' },
  short: { en: 'Short', lo: 'ຮູບເງົາສັ້ນ' },
} as const

const personField = {
  name: 'person',
  label: { en: 'Person', lo: 'ບຸກຄົນ' },
  type: 'relationship',
  relationTo: 'people',
  required: true,
} as const

export { crewDepartments } from './constants'

export const Movies: CollectionConfig<'movies'> = {
  slug: 'movies',
  labels: { singular: { en: 'Film', lo: 'ຮູບເງົາ' }, plural: { en: 'Films', lo: 'ຮູບເງົາ' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'releaseDate', 'needsLao', '_status'],
    components: {
      edit: { beforeDocumentControls: ['/collections/shared/translation/TranslateButton#TranslateButton'] },
      beforeListTable: [
        '/collections/Movies/components/ImportFromTmdb#ImportFromTmdb',
        '/collections/shared/components/NeedsLaoFilter#NeedsLaoFilter',
      ],
    },
    listSearchableFields: ['title', 'originalTitle', 'slug'],
    pagination: { defaultLimit: 50 },
  },
  access: {
    read: publishedOrEditor,
    readVersions: editorsOnly,
    create: editorsOnly,
    update: editorsOnly,
    delete: editorsOnly,
  },
  endpoints: [
    homeRows,
    searchFilms,
    importFromTmdb,
    bulkImportFromTmdb,
    streamMaster,
    streamVariant,
    streamSegment,
    streamSubtitles,
    streamThumbnails,
    trailerMaster,
    trailerVariantFile,
  ],
  hooks: {
    beforeChange: [computeNeedsLao('movies', localizedPaths), rememberPreviousSlug],
    afterChange: [indexMovieForSearch, revalidateCatalogue, notifyWhenAvailable, emitMovieWebhooks],
    afterDelete: [removeMovieFromSearch, revalidateCatalogueAfterDelete],
  },
  versions: {
    drafts: true,
    maxPerDoc: 20,
  },
  defaultPopulate: {
    title: true,
    slug: true,
    poster: true,
    releaseDate: true,
  },
  fields: [
    {
      name: 'title',
      label: { en: 'Title', lo: 'ຊື່ເລື່ອງ' },
      type: 'text',
      localized: true,
      required: true,
      maxLength: 300,
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
      hooks: { beforeValidate: [slugFromField('title')] },
      admin: {
        position: 'sidebar',
        description: {
          en: 'Made from the English title when left empty.',
          lo: 'ຖ້າປະໄວ້ຫວ່າງ, ຈະສ້າງຈາກຊື່ເລື່ອງພາສາອັງກິດ.',
        },
      },
    },
    needsLaoField,
    {
      name: 'previousSlugs',
      label: { en: 'Previous addresses', lo: 'ທີ່ຢູ່ເກົ່າ' },
      labels: { singular: { en: 'Previous address', lo: 'ທີ່ຢູ່ເກົ່າ' }, plural: { en: 'Previous addresses', lo: 'ທີ່ຢູ່ເກົ່າ' } },
      type: 'array',
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: { en: 'Old addresses that redirect here.', lo: 'ທີ່ຢູ່ເກົ່າທີ່ສົ່ງຕໍ່ມາໜ້ານີ້.' },
      },
      fields: [{ name: 'slug', label: { en: 'Address', lo: 'ທີ່ຢູ່' }, type: 'text', required: true, index: true }],
    },
    {
      name: 'type',
      label: { en: 'Type', lo: 'ຊະນິດຮູບເງົາ' },
      type: 'select',
      required: true,
      defaultValue: 'feature',
      options: filmTypes.map((value) => ({ label: filmTypeLabels[value], value })),
      admin: { position: 'sidebar' },
    },
    { name: 'tagline', label: { en: 'Tagline', lo: 'ຄຳຂວັນ' }, type: 'text', localized: true, maxLength: 500 },
    { name: 'overview', label: { en: 'Overview', lo: 'ເນື້ອເລື່ອງຫຍໍ້' }, type: 'textarea', localized: true },
    {
      type: 'row',
      fields: [
        { name: 'originalTitle', label: { en: 'Original title', lo: 'ຊື່ເລື່ອງຕົ້ນສະບັບ' }, type: 'text', maxLength: 300 },
        {
          name: 'originalLanguage',
          label: { en: 'Original language', lo: 'ພາສາຕົ້ນສະບັບ' },
          type: 'text',
          maxLength: 8,
          admin: { description: { en: 'ISO 639-1, e.g. "lo".', lo: 'ລະຫັດພາສາ ISO 639-1 ສອງຕົວອັກສອນ.' } },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'releaseDate',
          label: { en: 'Release date', lo: 'ວັນທີອອກສາຍ' },
          type: 'date',
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
        },
        {
          name: 'runtime',
          label: { en: 'Runtime', lo: 'ຄວາມຍາວ' },
          type: 'number',
          min: 1,
          max: 1000,
          admin: { description: { en: 'Minutes.', lo: 'ນາທີ.' } },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'tmdbId',
          label: { en: 'TMDB ID', lo: 'ID ຂອງ TMDB' },
          type: 'number',
          unique: true,
          index: true,
          min: 1,
        },
        {
          name: 'imdbId',
          label: { en: 'IMDb ID', lo: 'ID ຂອງ IMDb' },
          type: 'text',
          unique: true,
          index: true,
          validate: validateImdbId,
        },
        {
          name: 'trailerYoutubeKey',
          label: { en: 'Trailer (YouTube key)', lo: 'ຕົວຢ່າງຮູບເງົາ (ລະຫັດ YouTube)' },
          type: 'text',
          maxLength: 32,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'poster', label: { en: 'Poster', lo: 'ໂປສເຕີ' }, type: 'upload', relationTo: 'media' },
        { name: 'backdrop', label: { en: 'Backdrop', lo: 'ພາບພື້ນຫຼັງ' }, type: 'upload', relationTo: 'media' },
      ],
    },
    {
      name: 'genres',
      label: { en: 'Genres', lo: 'ປະເພດຮູບເງົາ' },
      type: 'relationship',
      relationTo: 'genres',
      hasMany: true,
    },
    {
      name: 'cast',
      label: { en: 'Cast', lo: 'ນັກສະແດງ' },
      labels: { singular: { en: 'Cast member', lo: 'ນັກສະແດງ' }, plural: { en: 'Cast', lo: 'ນັກສະແດງ' } },
      type: 'array',
      fields: [
        { ...personField },
        { name: 'character', label: { en: 'Character', lo: 'ບົດບາດ' }, type: 'text', localized: true, maxLength: 300 },
        {
          name: 'order',
          label: { en: 'Order', lo: 'ລຳດັບ' },
          type: 'number',
          min: 0,
          admin: { description: { en: 'Billing order, 0 first.', lo: 'ລຳດັບໃນລາຍຊື່, 0 ກ່ອນ.' } },
        },
      ],
    },
    {
      name: 'crew',
      label: { en: 'Crew', lo: 'ທີມງານ' },
      labels: { singular: { en: 'Crew member', lo: 'ທີມງານ' }, plural: { en: 'Crew', lo: 'ທີມງານ' } },
      type: 'array',
      fields: [
        { ...personField },
        {
          name: 'department',
          label: { en: 'Department', lo: 'ພະແນກ' },
          type: 'select',
          required: true,
          options: crewDepartments.map((d) => ({ value: d.value, label: { ...d.label } })),
        },
        { name: 'job', label: { en: 'Job', lo: 'ໜ້າທີ່' }, type: 'text', localized: true, maxLength: 200 },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'rentalPriceLak',
          label: { en: 'Rental price (LAK)', lo: 'ລາຄາເຊົ່າ (ກີບ)' },
          type: 'number',
          min: 0,
          admin: {
            description: {
              en: 'Empty: the default price from Rental settings.',
              lo: 'ຖ້າຫວ່າງ: ໃຊ້ລາຄາມາດຕະຖານຈາກການຕັ້ງຄ່າການເຊົ່າ.',
            },
          },
        },
        {
          name: 'rentalWindowHours',
          label: { en: 'Rental window', lo: 'ໄລຍະເວລາເຊົ່າ' },
          type: 'number',
          required: true,
          defaultValue: 24,
          validate: (value: unknown, { req }: { req?: Parameters<typeof inAdminLanguage>[1] }) =>
            rentalWindowOptions.some((option) => option.hours === value)
              ? true
              : inAdminLanguage(
                  { en: `Choose one of ${rentalWindowLabels.en}.`, lo: `ເລືອກໜຶ່ງໃນ ${rentalWindowLabels.lo}.` },
                  req,
                ),
          admin: {
            description: {
              en: `How long a rental lasts from payment: ${rentalWindowLabels.en}.`,
              lo: `ການເຊົ່າໃຊ້ໄດ້ດົນປານໃດນັບແຕ່ຈ່າຍເງິນ: ${rentalWindowLabels.lo}.`,
            },
            components: { Field: '/collections/Movies/components/RentalWindowField#RentalWindowField' },
          },
        },
      ],
    },
    {
      name: 'video',
      label: { en: 'Video', lo: 'ວິດີໂອ' },
      type: 'group',
      // Where the stream lives is for the server's stream issuer, not for the public API.
      access: { read: editorsOnlyField },
      fields: [
        videoUploadField('video'),
        ...ladderFields({
          en: 'Path of the HLS master playlist in video storage, written by the transcoding job.',
          lo: 'ທີ່ຢູ່ຂອງ HLS master playlist ໃນບ່ອນເກັບວິດີໂອ, ຂຽນໂດຍວຽກແປງວິດີໂອ.',
        }),
        {
          name: 'variants',
          label: { en: 'Variants', lo: 'ຄຸນນະພາບວິດີໂອ' },
          labels: { singular: { en: 'Variant', lo: 'ຄຸນນະພາບ' }, plural: { en: 'Variants', lo: 'ຄຸນນະພາບວິດີໂອ' } },
          type: 'array',
          access: jobOnly,
          admin: { readOnly: true },
          fields: [
            { name: 'name', label: { en: 'Name', lo: 'ຊື່' }, type: 'text', required: true },
            {
              name: 'height',
              label: { en: 'Height (pixels)', lo: 'ຄວາມສູງ (ພິກເຊວ)' },
              type: 'number',
              required: true,
              min: 1,
            },
            {
              name: 'bandwidth',
              label: { en: 'Bandwidth (bits/s)', lo: 'ແບນວິດ (ບິດ/ວິນາທີ)' },
              type: 'number',
              required: true,
              min: 1,
            },
          ],
        },
        {
          name: 'thumbnails',
          type: 'text',
          label: { en: 'Seek-preview thumbnails', lo: 'ຮູບຕົວຢ່າງເວລາເລື່ອນ' },
          access: jobOnly,
          admin: { readOnly: true, description: { en: 'WebVTT track of the sprite.', lo: 'WebVTT ຂອງຮູບລວມ.' } },
        },
        {
          name: 'subtitles',
          label: { en: 'Subtitles', lo: 'ຄຳບັນຍາຍ' },
          labels: { singular: { en: 'Subtitle track', lo: 'ຄຳບັນຍາຍ' }, plural: { en: 'Subtitles', lo: 'ຄຳບັນຍາຍ' } },
          type: 'array',
          // The player offers one track per language; a second one would shadow the first.
          validate: (rows: unknown[] | null | undefined, { req }: { req?: Parameters<typeof inAdminLanguage>[1] }) => {
            const languages = (rows ?? []).map((row) => (row as { language?: string | null }).language).filter(Boolean)
            if (new Set(languages).size === languages.length) return true
            return inAdminLanguage(
              { en: 'Each language may have one subtitle track.', lo: 'ແຕ່ລະພາສາມີຄຳບັນຍາຍໄດ້ພຽງຊຸດດຽວ.' },
              req,
            )
          },
          fields: [
            {
              name: 'language',
              label: { en: 'Language', lo: 'ພາສາ' },
              type: 'select',
              required: true,
              options: [
                { label: { en: 'English', lo: 'ອັງກິດ' }, value: 'en' },
                { label: { en: 'Lao', lo: 'ລາວ' }, value: 'lo' },
              ],
            },
            {
              name: 'track',
              label: { en: 'Track', lo: 'ໄຟລ໌ຄຳບັນຍາຍ' },
              type: 'upload',
              relationTo: 'subtitles',
              required: true,
              admin: {
                description: {
                  en: 'A WebVTT or SRT file (SRT is converted to WebVTT on upload).',
                  lo: 'ໄຟລ໌ WebVTT ຫຼື SRT (SRT ຈະຖືກປ່ຽນເປັນ WebVTT ເມື່ອອັບໂຫຼດ).',
                },
              },
            },
          ],
        },
      ],
    },
    {
      name: 'trailer',
      type: 'group',
      label: { en: 'Trailer', lo: 'ຕົວຢ່າງຮູບເງົາ' },
      // A trailer is for everyone, before any rental: it plays on the film page.
      fields: [
        videoUploadField('trailer'),
        ...ladderFields({
          en: "Path of the trailer's HLS master playlist, written by the transcoding job.",
          lo: 'ທີ່ຢູ່ຂອງ HLS master playlist ຂອງຕົວຢ່າງ, ຂຽນໂດຍວຽກແປງວິດີໂອ.',
        }),
      ],
    },
  ],
}

function ladderFields(description: { en: string; lo: string }): Field[] {
  return [
    {
      name: 'masterPlaylist',
      type: 'text',
      label: { en: 'HLS master playlist', lo: 'ລາຍການຫຼັກ HLS' },
      access: jobOnly,
      admin: { readOnly: true, description },
    },
    {
      name: 'durationSeconds',
      type: 'number',
      min: 0,
      label: { en: 'Duration (seconds)', lo: 'ຄວາມຍາວ (ວິນາທີ)' },
      access: jobOnly,
      admin: { readOnly: true },
    },
  ]
}

/** The upload with its progress bar, failure and retry (collections/Movies/components/VideoUploadField). */
function videoUploadField(kind: 'video' | 'trailer'): Field {
  return {
    name: `${kind}Upload`,
    type: 'ui',
    admin: {
      components: {
        Field: { path: '/collections/Movies/components/VideoUploadField#VideoUploadField', clientProps: { kind } },
      },
    },
  }
}

function validateImdbId(
  value: string | null | undefined,
  { req }: { req?: Parameters<typeof inAdminLanguage>[1] },
): true | string {
  if (value === null || value === undefined || value === '') return true
  if (/^tt\d{7,10}$/.test(value)) return true
  return inAdminLanguage({ en: 'An IMDb id looks like "tt1234567".', lo: 'ID ຂອງ IMDb ມີຮູບແບບ "tt1234567".' }, req)
}
