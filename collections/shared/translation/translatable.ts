import type { AdminText } from '@/i18n/admin/adminText'

/** The collections with a translation view, in the order "next untranslated" walks them. */
export const translatableCollections = ['movies', 'people', 'genres'] as const
export type TranslatableCollection = (typeof translatableCollections)[number]

export const isTranslatable = (value: unknown): value is TranslatableCollection =>
  typeof value === 'string' && (translatableCollections as readonly string[]).includes(value)

type TextField = { name: string; label: AdminText; multiline?: boolean }
type ArrayOfTexts = { array: string; field: string; label: AdminText; rowLabel: string }

/**
 * Every localized text of each collection (the same set needsLao watches): top-level fields, and one
 * text per row of an array (each cast member's character, each crew member's job).
 */
export const translatableFields: Record<TranslatableCollection, { fields: TextField[]; arrays: ArrayOfTexts[] }> = {
  movies: {
    fields: [
      { name: 'title', label: { en: 'Title', lo: 'ຊື່ເລື່ອງ' } },
      { name: 'tagline', label: { en: 'Tagline', lo: 'ຄຳຂວັນ' } },
      { name: 'overview', label: { en: 'Overview', lo: 'ເນື້ອເລື່ອງຫຍໍ້' }, multiline: true },
    ],
    arrays: [
      { array: 'cast', field: 'character', label: { en: 'Character', lo: 'ບົດບາດ' }, rowLabel: 'person' },
      { array: 'crew', field: 'job', label: { en: 'Job', lo: 'ໜ້າທີ່' }, rowLabel: 'person' },
    ],
  },
  people: {
    fields: [
      { name: 'name', label: { en: 'Name', lo: 'ຊື່' } },
      { name: 'biography', label: { en: 'Biography', lo: 'ຊີວະປະຫວັດ' }, multiline: true },
      { name: 'placeOfBirth', label: { en: 'Place of birth', lo: 'ບ່ອນເກີດ' } },
    ],
    arrays: [],
  },
  genres: {
    fields: [{ name: 'name', label: { en: 'Name', lo: 'ຊື່' } }],
    arrays: [],
  },
}

/** One row of the view: the English source and the Lao value of one text. */
export type TranslationRow = {
  /** `tagline`, or `cast.3.character` for the character of the cast row with that id. */
  key: string
  label: AdminText
  /** Whose row it is (a person's name), for array rows. */
  context?: string
  en: string
  lo: string
  multiline: boolean
}

type Localized = { en?: string | null; lo?: string | null } | null | undefined
type Doc = Record<string, unknown>

const text = (value: unknown) => (typeof value === 'string' ? value : '')
const nameOf = (person: unknown) => {
  const name = (person as { name?: Localized | string } | null)?.name
  return typeof name === 'string' ? name : text(name?.en)
}

/** The rows of a document read with `locale: 'all'`; texts with no English have nothing to translate. */
export function translationRows(collection: TranslatableCollection, doc: Doc): TranslationRow[] {
  const { fields, arrays } = translatableFields[collection]
  const rows: TranslationRow[] = fields.map(({ name, label, multiline }) => {
    const value = doc[name] as Localized
    return { key: name, label, en: text(value?.en), lo: text(value?.lo), multiline: Boolean(multiline) }
  })
  for (const { array, field, label, rowLabel } of arrays) {
    for (const item of (doc[array] ?? []) as Doc[]) {
      const value = item[field] as Localized
      rows.push({
        key: `${array}.${String(item.id)}.${field}`,
        label,
        context: nameOf(item[rowLabel]),
        en: text(value?.en),
        lo: text(value?.lo),
        multiline: false,
      })
    }
  }
  return rows.filter((row) => row.en.trim() !== '')
}

export const translatedCount = (rows: TranslationRow[]) => rows.filter((row) => row.lo.trim() !== '').length

/**
 * The body of a save in Lao: top-level texts as they are; an array is sent whole (Payload replaces
 * an array on update), each row with its shared values unchanged and its Lao text in place.
 */
export function laoSaveBody(
  collection: TranslatableCollection,
  stored: Doc,
  lao: Record<string, string>,
): Record<string, unknown> {
  const { fields, arrays } = translatableFields[collection]
  const body: Record<string, unknown> = {}
  for (const { name } of fields) if (name in lao) body[name] = lao[name]
  for (const { array, field } of arrays) {
    const items = (stored[array] ?? []) as Doc[]
    if (!items.some((item) => `${array}.${String(item.id)}.${field}` in lao)) continue
    body[array] = items.map((item) => {
      const key = `${array}.${String(item.id)}.${field}`
      const shared = Object.fromEntries(Object.entries(item).map(([name, value]) => [name, relationId(value)])) as Doc
      return { ...shared, [field]: key in lao ? lao[key] : text((item[field] as Localized)?.lo) }
    })
  }
  return body
}

/** A populated relationship goes back as its id. */
const relationId = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value
