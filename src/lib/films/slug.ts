import type { FieldHook, Validate } from 'payload'
import { inAdminLanguage } from '@/i18n/admin/adminText'

const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

export const validateSlug: Validate<string | null | undefined> = (value, { req }) =>
  typeof value === 'string' && slugPattern.test(value)
    ? true
    : inAdminLanguage(
        {
          en: 'Use lowercase letters, digits and single hyphens, like "the-long-walk".',
          lo: 'ໃຊ້ຕົວພິມນ້ອຍ, ຕົວເລກ ແລະ ຂີດດຽວ, ເຊັ່ນ "the-long-walk".',
        },
        req,
      )

/** Fills an empty slug from the English title, so editors only type one when they want to. */
export const slugFromField =
  (sourceField: string): FieldHook =>
  ({ value, data, req }) => {
    if (typeof value === 'string' && value.trim()) return value.trim()
    if (req.locale && req.locale !== 'en') return value
    const source = data?.[sourceField]
    return typeof source === 'string' ? slugify(source) || value : value
  }
