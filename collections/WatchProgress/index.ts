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
  admin: {
    defaultColumns: ['movie', 'user', 'progressSeconds', 'completed', 'lastWatchedAt'],
    group: 'Viewers',
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
    { name: 'movie', type: 'relationship', relationTo: 'movies', required: true, index: true },
    { name: 'progressSeconds', type: 'number', required: true, min: 0 },
    { name: 'durationSeconds', type: 'number', required: true, min: 1 },
    {
      name: 'completed',
      type: 'checkbox',
      defaultValue: false,
      admin: { readOnly: true, description: 'True once past 90% of the film.' },
    },
    { name: 'lastWatchedAt', type: 'date', index: true, admin: { readOnly: true } },
  ],
}
