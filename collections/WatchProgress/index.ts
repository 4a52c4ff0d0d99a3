import type { CollectionConfig } from 'payload'
import { loggedIn } from '../access/loggedIn'
import { ownRowsOrAdmin } from '../access/ownRowsOrAdmin'
import { exactlyOneOwner } from '../shared/exactlyOneOwner'
import { ownerFields } from '../shared/ownerFields'
import { deriveCompletion } from './hooks/deriveCompletion'
import { ownedByCaller } from './hooks/ownedByCaller'
import { myProgress } from './endpoints/myProgress'
import { saveProgressEndpoint } from './endpoints/saveProgressEndpoint'

export const WatchProgress: CollectionConfig<'watch-progress'> = {
  slug: 'watch-progress',
  labels: {
    singular: { en: 'Watch progress', lo: 'ຄວາມຄືບໜ້າການເບິ່ງ' },
    plural: { en: 'Watch progress', lo: 'ຄວາມຄືບໜ້າການເບິ່ງ' },
  },
  admin: {
    defaultColumns: ['movie', 'user', 'progressSeconds', 'completed', 'lastWatchedAt'],
    group: { en: 'Viewers', lo: 'ຜູ້ຊົມ' },
  },
  access: {
    read: ownRowsOrAdmin,
    // A logged-in viewer records their own progress; anonymous viewers go through the server.
    create: loggedIn,
    update: ownRowsOrAdmin,
    delete: ownRowsOrAdmin,
  },
  endpoints: [saveProgressEndpoint, myProgress],
  hooks: {
    beforeValidate: [ownedByCaller, exactlyOneOwner],
    beforeChange: [deriveCompletion],
  },
  fields: [
    ...ownerFields,
    {
      name: 'movie',
      label: { en: 'Film', lo: 'ຮູບເງົາ' },
      type: 'relationship',
      relationTo: 'movies',
      required: true,
      index: true,
    },
    {
      name: 'progressSeconds',
      label: { en: 'Position (seconds)', lo: 'ຕຳແໜ່ງ (ວິນາທີ)' },
      type: 'number',
      required: true,
      min: 0,
    },
    {
      name: 'durationSeconds',
      label: { en: 'Duration (seconds)', lo: 'ຄວາມຍາວ (ວິນາທີ)' },
      type: 'number',
      required: true,
      min: 1,
    },
    {
      name: 'completed',
      label: { en: 'Completed', lo: 'ເບິ່ງຈົບແລ້ວ' },
      type: 'checkbox',
      defaultValue: false,
      admin: {
        readOnly: true,
        description: { en: 'True once past 90% of the film.', lo: 'ເປັນຈິງເມື່ອເບິ່ງເກີນ 90% ຂອງຮູບເງົາ.' },
      },
    },
    {
      name: 'lastWatchedAt',
      label: { en: 'Last watched', lo: 'ເບິ່ງຫຼ້າສຸດ' },
      type: 'date',
      index: true,
      admin: { readOnly: true, date: { displayFormat: 'dd/MM/yyyy HH:mm' } },
    },
  ],
}
