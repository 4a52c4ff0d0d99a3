import type { CollectionConfig } from 'payload'
import { adminsOnly } from '../access/adminsOnly'
import { editorsOnly } from '../access/editorsOnly'
import { convertUploadToWebVtt, keepWebVttText } from './hooks/convertToWebVtt'

/**
 * Subtitle tracks, uploaded as WebVTT or SRT (converted to WebVTT on upload). A film's video lists
 * its tracks by language; viewers get them only through the stream endpoint, with a rental.
 */
export const Subtitles: CollectionConfig<'subtitles'> = {
  slug: 'subtitles',
  labels: { singular: { en: 'Subtitle file', lo: 'ໄຟລ໌ຄຳບັນຍາຍ' }, plural: { en: 'Subtitle files', lo: 'ໄຟລ໌ຄຳບັນຍາຍ' } },
  admin: { useAsTitle: 'filename', defaultColumns: ['filename', 'updatedAt'] },
  access: {
    read: editorsOnly,
    create: editorsOnly,
    update: editorsOnly,
    delete: adminsOnly,
  },
  upload: {
    // Kept in the database (the `vtt` field): subtitles are small, and this works the same on every host.
    disableLocalStorage: true,
    mimeTypes: ['text/vtt', 'application/x-subrip', 'text/plain', 'application/octet-stream'],
  },
  hooks: {
    beforeOperation: [convertUploadToWebVtt],
    beforeValidate: [keepWebVttText],
  },
  fields: [
    // Filled from the uploaded file by the hooks, never typed in.
    {
      name: 'vtt',
      label: { en: 'Cues (WebVTT)', lo: 'ຄຳບັນຍາຍ (WebVTT)' },
      type: 'textarea',
      admin: {
        readOnly: true,
        description: { en: 'The cues as WebVTT, from the uploaded file.', lo: 'ຄຳບັນຍາຍໃນຮູບແບບ WebVTT ຈາກໄຟລ໌ທີ່ອັບໂຫຼດ.' },
      },
    },
  ],
}
