import type { GlobalConfig } from 'payload'
import { anyone } from '../../collections/access/anyone'
import { editorsOnly } from '../../collections/access/editorsOnly'
import { revalidateCatalogueGlobal } from '../../collections/shared/revalidateCatalogue'
import { initialDefaultPriceLak } from '@/lib/rentals/price'

/** Site-wide rental settings; a film without a price of its own is rented at the default price. */
export const RentalSettings: GlobalConfig<'rental-settings'> = {
  slug: 'rental-settings',
  label: 'Rental settings',
  admin: { group: 'Rentals' },
  access: {
    // Prices are public: the film page shows them to everyone.
    read: anyone,
    update: editorsOnly,
  },
  hooks: {
    afterChange: [revalidateCatalogueGlobal],
  },
  fields: [
    {
      name: 'defaultPriceLak',
      label: 'Default rental price (LAK)',
      type: 'number',
      required: true,
      min: 0,
      defaultValue: initialDefaultPriceLak,
      admin: { description: 'Used for every film whose own rental price is empty.' },
    },
  ],
}
