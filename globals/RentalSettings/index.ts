import type { GlobalConfig } from 'payload'
import { anyone } from '../../collections/access/anyone'
import { editorsOnly } from '../../collections/access/editorsOnly'
import { revalidateCatalogueGlobal } from '../../collections/shared/revalidateCatalogue'
import { initialDefaultPriceLak } from '@/lib/rentals/price'

/** Site-wide rental settings; a film without a price of its own is rented at the default price. */
export const RentalSettings: GlobalConfig<'rental-settings'> = {
  slug: 'rental-settings',
  label: { en: 'Rental settings', lo: 'ການຕັ້ງຄ່າການເຊົ່າ' },
  admin: { group: { en: 'Rentals', lo: 'ການເຊົ່າ' } },
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
      label: { en: 'Default rental price (LAK)', lo: 'ລາຄາເຊົ່າມາດຕະຖານ (ກີບ)' },
      type: 'number',
      required: true,
      min: 0,
      defaultValue: initialDefaultPriceLak,
      admin: {
        description: {
          en: 'Used for every film whose own rental price is empty.',
          lo: 'ໃຊ້ກັບທຸກຮູບເງົາທີ່ບໍ່ໄດ້ກຳນົດລາຄາເຊົ່າຂອງຕົນເອງ.',
        },
      },
    },
  ],
}
