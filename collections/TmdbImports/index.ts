import type { CollectionConfig } from 'payload'
import { adminsOnly } from '../access/adminsOnly'
import { editorsOnly } from '../access/editorsOnly'
import { nobody } from '../access/nobody'

/** One bulk import from TMDB: what was asked, how far it got, and what became of each id. */
export const TmdbImports: CollectionConfig<'tmdb-imports'> = {
  slug: 'tmdb-imports',
  labels: { singular: 'TMDB import', plural: 'TMDB imports' },
  // An internal progress record of the admin's bulk import; REST is enough.
  graphQL: false,
  admin: {
    group: 'Editors',
    defaultColumns: ['createdAt', 'status', 'processed', 'total'],
  },
  access: {
    read: editorsOnly,
    // Written only by the bulk-import endpoint and its job.
    create: nobody,
    update: nobody,
    delete: adminsOnly,
  },
  fields: [
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      options: ['queued', 'running', 'done'].map((value) => ({ label: value, value })),
    },
    { name: 'tmdbIds', type: 'json', required: true },
    { name: 'total', type: 'number', required: true, min: 0 },
    { name: 'processed', type: 'number', required: true, min: 0, defaultValue: 0 },
    { name: 'requestedBy', type: 'relationship', relationTo: 'users' },
    {
      name: 'results',
      type: 'array',
      fields: [
        { name: 'tmdbId', type: 'number', required: true },
        {
          name: 'outcome',
          type: 'select',
          required: true,
          options: ['created', 'updated', 'failed'].map((value) => ({ label: value, value })),
        },
        { name: 'movie', type: 'relationship', relationTo: 'movies' },
        { name: 'message', type: 'text' },
      ],
    },
  ],
}
