import type { CollectionConfig } from 'payload'
import { adminsOnly } from '../access/adminsOnly'
import { editorsOnly } from '../access/editorsOnly'
import { nobody } from '../access/nobody'
import { playbackBatchLimits, playbackEventTypes } from '@/lib/analytics/playbackEvents'
import { reportEvents } from './endpoints/reportEvents'

/**
 * One row per playback event a renter's player reported. Rows hold no user or anonymous id, only
 * `viewerKey`, a keyed hash of one, so unique viewers can be counted without naming anybody.
 */
const playbackEventLabels: Record<(typeof playbackEventTypes)[number], { en: string; lo: string }> = {
  start: { en: 'Start', lo: 'ເລີ່ມ' },
  startup: { en: 'Startup time', lo: 'ເວລາເລີ່ມຫຼິ້ນ' },
  heartbeat: { en: 'Heartbeat', lo: 'ສັນຍານຊີບ' },
  pause: { en: 'Pause', lo: 'ຢຸດຊົ່ວຄາວ' },
  seek: { en: 'Seek', lo: 'ເລື່ອນ' },
  quality: { en: 'Quality change', lo: 'ປ່ຽນຄຸນນະພາບ' },
  rebuffer: { en: 'Rebuffer', lo: 'ຄ້າງລໍໂຫຼດ' },
  error: { en: 'Error', lo: 'ຂໍ້ຜິດພາດ' },
  complete: { en: 'Complete', lo: 'ເບິ່ງຈົບ' },
}

export const VideoAnalytics: CollectionConfig<'video-analytics'> = {
  slug: 'video-analytics',
  labels: {
    singular: { en: 'Playback event', lo: 'ເຫດການການຫຼິ້ນວິດີໂອ' },
    plural: { en: 'Playback events', lo: 'ເຫດການການຫຼິ້ນວິດີໂອ' },
  },
  graphQL: false,
  typescript: { interface: 'VideoAnalyticsEvent' },
  admin: {
    group: { en: 'Analytics', lo: 'ສະຖິຕິ' },
    defaultColumns: ['occurredAt', 'movie', 'type', 'positionSeconds', 'value', 'detail'],
    useAsTitle: 'type',
  },
  access: {
    read: editorsOnly,
    // Written only by the report endpoint, after it has checked the reporter's rental.
    create: nobody,
    update: nobody,
    delete: adminsOnly,
  },
  endpoints: [reportEvents],
  // The figures read one film over a period; the rate bound reads one viewer's latest arrivals
  // (and the second, led by viewerKey, indexes viewerKey alone too).
  indexes: [{ fields: ['movie', 'occurredAt'] }, { fields: ['viewerKey', 'createdAt'] }],
  fields: [
    { name: 'movie', label: { en: 'Film', lo: 'ຮູບເງົາ' }, type: 'relationship', relationTo: 'movies', required: true },
    {
      name: 'sessionId',
      label: { en: 'Playback session', lo: 'ຮອບການຫຼິ້ນ' },
      type: 'text',
      required: true,
      index: true,
      admin: { description: { en: 'One playback, as the player numbered it.', lo: 'ການຫຼິ້ນໜຶ່ງຄັ້ງ ຕາມທີ່ເຄື່ອງຫຼິ້ນນັບໄວ້.' } },
    },
    {
      name: 'viewerKey',
      label: { en: 'Viewer key', lo: 'ລະຫັດຜູ້ຊົມ' },
      type: 'text',
      required: true,
      admin: {
        description: {
          en: "A keyed hash of the viewer's id: stable per viewer, names nobody.",
          lo: 'ຄ່າແຮຊຂອງ ID ຜູ້ຊົມ: ຄືເກົ່າສຳລັບຜູ້ຊົມຄົນດຽວ, ບໍ່ລະບຸຕົວຕົນຜູ້ໃດ.',
        },
      },
    },
    {
      name: 'type',
      label: { en: 'Event', lo: 'ເຫດການ' },
      type: 'select',
      required: true,
      options: playbackEventTypes.map((value) => ({ label: playbackEventLabels[value], value })),
    },
    {
      name: 'occurredAt',
      label: { en: 'Occurred at', lo: 'ເກີດຂຶ້ນເມື່ອ' },
      type: 'date',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } },
    },
    { name: 'positionSeconds', label: { en: 'Position (seconds)', lo: 'ຕຳແໜ່ງ (ວິນາທີ)' }, type: 'number', min: 0 },
    {
      name: 'value',
      label: { en: 'Value', lo: 'ຄ່າ' },
      type: 'number',
      min: 0,
      admin: {
        description: {
          en: 'startup: ms to first frame · rebuffer: ms stalled · heartbeat: seconds played since the last one',
          lo: 'ເລີ່ມຫຼິ້ນ: ມິນລິວິນາທີຈົນເຫັນພາບທຳອິດ · ຄ້າງ: ມິນລິວິນາທີທີ່ຢຸດລໍ · ສັນຍານຊີບ: ວິນາທີທີ່ຫຼິ້ນນັບແຕ່ຄັ້ງກ່ອນ',
        },
      },
    },
    {
      name: 'detail',
      label: { en: 'Detail', lo: 'ລາຍລະອຽດ' },
      type: 'text',
      maxLength: playbackBatchLimits.maxDetailLength,
      admin: {
        description: { en: 'A quality variant ("360p") or an error code.', lo: 'ຄຸນນະພາບວິດີໂອ ("360p") ຫຼື ລະຫັດຂໍ້ຜິດພາດ.' },
      },
    },
  ],
}
