import type { Field } from 'payload'
import { adminsOnlyField } from '../access/adminsOnly'

/** The owner of a viewer's row: a user or an anonymous identity (see exactlyOneOwner). */
export const ownerFields: Field[] = [
  {
    name: 'user',
    label: { en: 'User', lo: 'ຜູ້ໃຊ້' },
    type: 'relationship',
    relationTo: 'users',
    index: true,
    access: { update: adminsOnlyField },
  },
  {
    name: 'anonymousId',
    label: { en: 'Anonymous ID', lo: 'ID ຜູ້ຊົມທີ່ບໍ່ລະບຸຊື່' },
    type: 'text',
    index: true,
    // Set only by the server from the signed anonymous-identity cookie, never from a request body.
    access: { create: adminsOnlyField, read: adminsOnlyField, update: adminsOnlyField },
    admin: {
      description: {
        en: 'The anonymous identity that owns this row, when no user does.',
        lo: 'ຕົວຕົນທີ່ບໍ່ລະບຸຊື່ເຊິ່ງເປັນເຈົ້າຂອງແຖວນີ້, ເມື່ອບໍ່ມີຜູ້ໃຊ້.',
      },
    },
  },
]
