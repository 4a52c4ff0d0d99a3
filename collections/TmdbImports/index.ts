import type { CollectionConfig } from 'payload'
import { adminsOnly } from '../access/adminsOnly'
import { editorsOnly } from '../access/editorsOnly'
import { nobody } from '../access/nobody'

/** One bulk import from TMDB: what was asked, how far it got, and what became of each id. */
export const TmdbImports: CollectionConfig<'tmdb-imports'> = {
  slug: 'tmdb-imports',
  labels: {
    singular: { en: 'TMDB import', lo: 'ການນຳເຂົ້າຈາກ TMDB' },
    plural: { en: 'TMDB imports', lo: 'ການນຳເຂົ້າຈາກ TMDB' },
  },
  // An internal progress record of the admin's bulk import; REST is enough.
  graphQL: false,
  admin: {
    group: { en: 'Editors', lo: 'ບັນນາທິການ' },
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
      label: { en: 'Status', lo: 'ສະຖານະ' },
      type: 'select',
      required: true,
      defaultValue: 'queued',
      options: [
        { label: { en: 'Queued', lo: 'ລໍຖ້າຄິວ' }, value: 'queued' },
        { label: { en: 'Running', lo: 'ກຳລັງດຳເນີນການ' }, value: 'running' },
        { label: { en: 'Done', lo: 'ສຳເລັດ' }, value: 'done' },
      ],
    },
    { name: 'tmdbIds', label: { en: 'TMDB IDs', lo: 'ID ຂອງ TMDB' }, type: 'json', required: true },
    { name: 'total', label: { en: 'Total', lo: 'ທັງໝົດ' }, type: 'number', required: true, min: 0 },
    {
      name: 'processed',
      label: { en: 'Processed', lo: 'ດຳເນີນການແລ້ວ' },
      type: 'number',
      required: true,
      min: 0,
      defaultValue: 0,
    },
    { name: 'requestedBy', label: { en: 'Requested by', lo: 'ຮ້ອງຂໍໂດຍ' }, type: 'relationship', relationTo: 'users' },
    {
      name: 'results',
      label: { en: 'Results', lo: 'ຜົນລັບ' },
      labels: { singular: { en: 'Result', lo: 'ຜົນລັບ' }, plural: { en: 'Results', lo: 'ຜົນລັບ' } },
      type: 'array',
      fields: [
        { name: 'tmdbId', label: { en: 'TMDB ID', lo: 'ID ຂອງ TMDB' }, type: 'number', required: true },
        {
          name: 'outcome',
          label: { en: 'Outcome', lo: 'ຜົນ' },
          type: 'select',
          required: true,
          options: [
            { label: { en: 'Created', lo: 'ສ້າງແລ້ວ' }, value: 'created' },
            { label: { en: 'Updated', lo: 'ອັບເດດແລ້ວ' }, value: 'updated' },
            { label: { en: 'Failed', lo: 'ບໍ່ສຳເລັດ' }, value: 'failed' },
          ],
        },
        { name: 'movie', label: { en: 'Film', lo: 'ຮູບເງົາ' }, type: 'relationship', relationTo: 'movies' },
        { name: 'message', label: { en: 'Message', lo: 'ຂໍ້ຄວາມ' }, type: 'text' },
      ],
    },
  ],
}
