import type { GlobalConfig } from 'payload'
import { anyone } from '../../collections/access/anyone'
import { editorsOnly } from '../../collections/access/editorsOnly'
import { revalidateCatalogueGlobal } from '../../collections/shared/revalidateCatalogue'

export const Homepage: GlobalConfig<'homepage'> = {
  slug: 'homepage',
  label: { en: 'Home page', lo: 'ໜ້າທຳອິດ' },
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
      label: { en: 'Featured films', lo: 'ຮູບເງົາແນະນຳ' },
      type: 'relationship',
      relationTo: 'movies',
      hasMany: true,
      maxRows: 20,
      admin: {
        description: {
          en: 'Shown first on the home page, in this order. Drag to reorder.',
          lo: 'ສະແດງກ່ອນໝູ່ຢູ່ໜ້າທຳອິດຕາມລຳດັບນີ້. ລາກເພື່ອຈັດລຳດັບ.',
        },
      },
    },
  ],
}
