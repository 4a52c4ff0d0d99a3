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
export const VideoAnalytics: CollectionConfig<'video-analytics'> = {
  slug: 'video-analytics',
  labels: { singular: 'Playback event', plural: 'Playback events' },
  graphQL: false,
  typescript: { interface: 'VideoAnalyticsEvent' },
  admin: {
    group: 'Analytics',
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
    { name: 'movie', type: 'relationship', relationTo: 'movies', required: true },
    {
      name: 'sessionId',
      type: 'text',
      required: true,
      index: true,
      admin: { description: 'One playback, as the player numbered it.' },
    },
    {
      name: 'viewerKey',
      type: 'text',
      required: true,
      admin: { description: "A keyed hash of the viewer's id: stable per viewer, names nobody." },
    },
    {
      name: 'type',
      type: 'select',
      required: true,
      options: playbackEventTypes.map((value) => ({ label: value, value })),
    },
    {
      name: 'occurredAt',
      type: 'date',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'positionSeconds', type: 'number', min: 0 },
    {
      name: 'value',
      type: 'number',
      min: 0,
      admin: {
        description: 'startup: ms to first frame · rebuffer: ms stalled · heartbeat: seconds played since the last one',
      },
    },
    {
      name: 'detail',
      type: 'text',
      maxLength: playbackBatchLimits.maxDetailLength,
      admin: { description: 'A quality variant ("360p") or an error code.' },
    },
  ],
}
