import type { CollectionConfig } from 'payload'
import { editorsOnly, editorsOnlyField } from '../access/editorsOnly'
import { publishedOrEditor } from '../access/publishedOrEditor'
import { computeNeedsLao, needsLaoField } from '../shared/needsLao'
import { revalidateCatalogue, revalidateCatalogueAfterDelete } from '../shared/revalidateCatalogue'
import { slugFromField, validateSlug } from '@/lib/films/slug'
import { filmTypes } from '@/lib/films/filmTypes'
import { crewDepartments, rentalWindowOptions } from './constants'
import { bulkImportFromTmdb } from './endpoints/bulkImportFromTmdb'
import { importFromTmdb } from './endpoints/importFromTmdb'
import { streamMaster, streamSegment, streamSubtitles, streamVariant } from './endpoints/stream'
import { emitMovieWebhooks } from './hooks/emitMovieWebhooks'
import { indexMovieForSearch, removeMovieFromSearch } from './hooks/indexMovieForSearch'
import { rememberPreviousSlug } from './hooks/rememberPreviousSlug'

/** Every localized text of a film, for the "needs Lao" mark. */
const localizedPaths = ['title', 'tagline', 'overview', 'cast.character', 'crew.job']

const rentalWindowLabels = rentalWindowOptions.map((option) => option.label).join(', ')

export { crewDepartments, videoVariants } from './constants'

export const Movies: CollectionConfig<'movies'> = {
  slug: 'movies',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'releaseDate', 'needsLao', '_status'],
    components: {
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
  endpoints: [importFromTmdb, bulkImportFromTmdb, streamMaster, streamVariant, streamSegment, streamSubtitles],
  hooks: {
    beforeChange: [computeNeedsLao('movies', localizedPaths), rememberPreviousSlug],
    afterChange: [indexMovieForSearch, revalidateCatalogue, emitMovieWebhooks],
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
    { name: 'title', type: 'text', localized: true, required: true, maxLength: 300 },
    {
      name: 'slug',
      type: 'text',
      unique: true,
      index: true,
      required: true,
      validate: validateSlug,
      hooks: { beforeValidate: [slugFromField('title')] },
      admin: { position: 'sidebar', description: 'Made from the English title when left empty.' },
    },
    needsLaoField,
    {
      name: 'previousSlugs',
      type: 'array',
      admin: { readOnly: true, position: 'sidebar', description: 'Old addresses that redirect here.' },
      fields: [{ name: 'slug', type: 'text', required: true, index: true }],
    },
    {
      name: 'type',
      type: 'select',
      required: true,
      defaultValue: 'feature',
      options: filmTypes.map((value) => ({ label: value[0]!.toUpperCase() + value.slice(1), value })),
      admin: { position: 'sidebar' },
    },
    { name: 'tagline', type: 'text', localized: true, maxLength: 500 },
    { name: 'overview', type: 'textarea', localized: true },
    {
      type: 'row',
      fields: [
        { name: 'originalTitle', type: 'text', maxLength: 300 },
        { name: 'originalLanguage', type: 'text', maxLength: 8, admin: { description: 'ISO 639-1, e.g. "lo".' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'releaseDate', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
        { name: 'runtime', type: 'number', min: 1, max: 1000, admin: { description: 'Minutes.' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'tmdbId', type: 'number', unique: true, index: true, min: 1 },
        { name: 'imdbId', type: 'text', unique: true, index: true, validate: validateImdbId },
        { name: 'trailerYoutubeKey', type: 'text', maxLength: 32 },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'poster', type: 'upload', relationTo: 'media' },
        { name: 'backdrop', type: 'upload', relationTo: 'media' },
      ],
    },
    { name: 'genres', type: 'relationship', relationTo: 'genres', hasMany: true },
    {
      name: 'cast',
      type: 'array',
      fields: [
        { name: 'person', type: 'relationship', relationTo: 'people', required: true },
        { name: 'character', type: 'text', localized: true, maxLength: 300 },
        { name: 'order', type: 'number', min: 0, admin: { description: 'Billing order, 0 first.' } },
      ],
    },
    {
      name: 'crew',
      type: 'array',
      fields: [
        { name: 'person', type: 'relationship', relationTo: 'people', required: true },
        {
          name: 'department',
          type: 'select',
          required: true,
          options: crewDepartments.map((d) => ({ ...d })),
        },
        { name: 'job', type: 'text', localized: true, maxLength: 200 },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'rentalPriceLak',
          label: 'Rental price (LAK)',
          type: 'number',
          min: 0,
          admin: { description: 'Empty: the default price from Rental settings.' },
        },
        {
          name: 'rentalWindowHours',
          label: 'Rental window',
          type: 'number',
          required: true,
          defaultValue: 24,
          validate: (value: unknown) =>
            rentalWindowOptions.some((option) => option.hours === value)
              ? true
              : `Choose one of ${rentalWindowLabels}.`,
          admin: {
            description: `How long a rental lasts from payment: ${rentalWindowLabels}.`,
            components: { Field: '/collections/Movies/components/RentalWindowField#RentalWindowField' },
          },
        },
      ],
    },
    {
      name: 'video',
      type: 'group',
      // Where the stream lives is for the server's stream issuer, not for the public API.
      access: { read: editorsOnlyField },
      fields: [
        {
          name: 'masterPlaylist',
          type: 'text',
          admin: { description: 'Path of the HLS master playlist in video storage, e.g. "lao-sample/master.m3u8".' },
        },
        { name: 'durationSeconds', type: 'number', min: 0 },
        {
          name: 'variants',
          type: 'array',
          fields: [
            { name: 'name', type: 'text', required: true },
            { name: 'height', type: 'number', required: true, min: 1 },
            { name: 'bandwidth', type: 'number', required: true, min: 1 },
          ],
        },
        {
          name: 'subtitles',
          type: 'array',
          // The player offers one track per language; a second one would shadow the first.
          validate: (rows: unknown[] | null | undefined) => {
            const languages = (rows ?? []).map((row) => (row as { language?: string | null }).language).filter(Boolean)
            return new Set(languages).size === languages.length ? true : 'Each language may have one subtitle track.'
          },
          fields: [
            {
              name: 'language',
              type: 'select',
              required: true,
              options: [
                { label: 'English', value: 'en' },
                { label: 'ລາວ', value: 'lo' },
              ],
            },
            {
              name: 'track',
              type: 'upload',
              relationTo: 'subtitles',
              required: true,
              admin: { description: 'A WebVTT or SRT file (SRT is converted to WebVTT on upload).' },
            },
          ],
        },
      ],
    },
  ],
}

function validateImdbId(value: string | null | undefined): true | string {
  if (value === null || value === undefined || value === '') return true
  return /^tt\d{7,10}$/.test(value) ? true : 'An IMDb id looks like "tt1234567".'
}
