import { ValidationError, type CollectionBeforeValidateHook } from 'payload'
import { inAdminLanguage } from '@/i18n/admin/adminText'

/**
 * A viewer's row belongs to a user or to an anonymous identity, never both and never neither.
 * The database enforces the same rule with a CHECK constraint; this hook turns it into a clear 400.
 */
export const exactlyOneOwner: CollectionBeforeValidateHook = ({ data, originalDoc, collection, req }) => {
  const merged = { ...originalDoc, ...data }
  const hasUser = merged.user !== undefined && merged.user !== null && merged.user !== ''
  const hasAnonymousId = typeof merged.anonymousId === 'string' && merged.anonymousId !== ''
  if (hasUser === hasAnonymousId) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        {
          path: 'user',
          message: inAdminLanguage(
            {
              en: 'Set exactly one owner: a user or an anonymous id.',
              lo: 'ກຳນົດເຈົ້າຂອງພຽງໜຶ່ງ: ຜູ້ໃຊ້ ຫຼື ID ຜູ້ຊົມທີ່ບໍ່ລະບຸຊື່.',
            },
            req,
          ),
        },
      ],
      req,
    })
  }
  return data
}
