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
    {
      name: 'movie',
      label: { en: 'Film', lo: 'ຮູບເງົາ' },
      type: 'relationship',
      relationTo: 'movies',
      required: true,
      index: true,
    },
    {
      name: 'kind',
      label: { en: 'Kind', lo: 'ຊະນິດ' },
      type: 'select',
      required: true,
      options: [
        { value: 'video', label: { en: 'Film', lo: 'ຮູບເງົາ' } },
        { value: 'trailer', label: { en: 'Trailer', lo: 'ຕົວຢ່າງ' } },
      ],
    },
    {
      name: 'status',
      label: { en: 'Status', lo: 'ສະຖານະ' },
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
    {
      name: 'progress',
      label: { en: 'Progress (%)', lo: 'ຄວາມຄືບໜ້າ (%)' },
      type: 'number',
      required: true,
      defaultValue: 0,
      min: 0,
      max: 100,
    },
    {
      name: 'failure',
      label: { en: 'Why it failed', lo: 'ເຫດຜົນທີ່ລົ້ມເຫຼວ' },
      type: 'select',
      options: videoFailureCodes.map((value) => ({ value, label: videoFailureMessages[value] })),
    },
    {
      name: 'failureDetail',
      label: { en: 'Details', lo: 'ລາຍລະອຽດ' },
      type: 'textarea',
      admin: { description: { en: 'What ffmpeg said.', lo: 'ສິ່ງທີ່ ffmpeg ບອກ.' } },
    },
    { name: 'uploadId', label: { en: 'Upload', lo: 'ການອັບໂຫຼດ' }, type: 'text', required: true, unique: true },
    { name: 'fileName', label: { en: 'File name', lo: 'ຊື່ໄຟລ໌' }, type: 'text' },
    { name: 'fileSize', label: { en: 'File size (bytes)', lo: 'ຂະໜາດໄຟລ໌ (ໄບ)' }, type: 'number', min: 0 },
    { name: 'masterPlaylist', label: { en: 'HLS master playlist', lo: 'ລາຍການຫຼັກ HLS' }, type: 'text' },
    { name: 'requestedBy', label: { en: 'Uploaded by', lo: 'ອັບໂຫຼດໂດຍ' }, type: 'relationship', relationTo: 'users' },
  ],
}
