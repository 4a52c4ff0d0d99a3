import type { CollectionConfig } from 'payload'
import { videoFailureCodes, videoFailureMessages } from '@/lib/video/failures'
import { adminsOnly } from '../access/adminsOnly'
import { editorsOnly } from '../access/editorsOnly'
import { nobody } from '../access/nobody'
import { retryTranscode } from './endpoints/retryTranscode'

/**
 * One uploaded master file (a film's video or its trailer) on its way to an HLS ladder: the job's
 * progress and outcome, which the film's Video field polls. Written only by the upload endpoint
 * and the transcoding job.
 */
export const VideoTranscodes: CollectionConfig<'video-transcodes'> = {
  slug: 'video-transcodes',
  labels: {
    singular: { en: 'Video transcode', lo: 'ການແປງວິດີໂອ' },
    plural: { en: 'Video transcodes', lo: 'ການແປງວິດີໂອ' },
  },
  graphQL: false,
  admin: {
    group: { en: 'Editors', lo: 'ບັນນາທິການ' },
    defaultColumns: ['createdAt', 'movie', 'kind', 'status', 'progress'],
  },
  access: {
    read: editorsOnly,
    create: nobody,
    update: nobody,
    delete: adminsOnly,
  },
  endpoints: [retryTranscode],
  fields: [
    { name: 'movie', type: 'relationship', relationTo: 'movies', required: true, index: true },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: [
        { value: 'video', label: { en: 'Film', lo: 'ຮູບເງົາ' } },
        { value: 'trailer', label: { en: 'Trailer', lo: 'ຕົວຢ່າງ' } },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      options: [
        { value: 'queued', label: { en: 'Waiting for a worker', lo: 'ລໍຖ້າເຄື່ອງປະມວນຜົນ' } },
        { value: 'running', label: { en: 'Transcoding', lo: 'ກຳລັງແປງ' } },
        { value: 'done', label: { en: 'Online', lo: 'ພ້ອມແລ້ວ' } },
        { value: 'failed', label: { en: 'Failed', lo: 'ລົ້ມເຫຼວ' } },
      ],
    },
    { name: 'progress', type: 'number', required: true, defaultValue: 0, min: 0, max: 100 },
    {
      name: 'failure',
      type: 'select',
      options: videoFailureCodes.map((value) => ({ value, label: videoFailureMessages[value] })),
    },
    {
      name: 'failureDetail',
      type: 'textarea',
      admin: { description: { en: 'What ffmpeg said.', lo: 'ສິ່ງທີ່ ffmpeg ບອກ.' } },
    },
    { name: 'uploadId', type: 'text', required: true, unique: true },
    { name: 'fileName', type: 'text' },
    { name: 'fileSize', type: 'number', min: 0 },
    { name: 'masterPlaylist', type: 'text' },
    { name: 'requestedBy', type: 'relationship', relationTo: 'users' },
  ],
}
