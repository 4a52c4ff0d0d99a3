import type { GlobalConfig } from 'payload'
import { anyone } from '../../collections/access/anyone'
import { editorsOnly } from '../../collections/access/editorsOnly'
import { revalidateCatalogueGlobal } from '../../collections/shared/revalidateCatalogue'

export const Homepage: GlobalConfig<'homepage'> = {
  slug: 'homepage',
  access: {
    read: anyone,
    update: editorsOnly,
  },
  hooks: {
    afterChange: [revalidateCatalogueGlobal],
  },
  fields: [
    {
      name: 'featured',
      type: 'relationship',
      relationTo: 'movies',
      hasMany: true,
      maxRows: 20,
      admin: { description: 'Shown first on the home page, in this order. Drag to reorder.' },
    },
  ],
}
