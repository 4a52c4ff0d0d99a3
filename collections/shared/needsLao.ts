import type { CollectionBeforeChangeHook, CollectionSlug, Field, PayloadRequest } from 'payload'
import type { Locale } from '@/i18n/locales'

/**
 * "Needs Lao": a document has an English value in some localized field whose Lao value is empty.
 * Stored (and indexed) so the admin list can show it as a column and filter on it.
 */
export const needsLaoField: Field = {
  name: 'needsLao',
  label: { en: 'Needs Lao', lo: 'ຕ້ອງການພາສາລາວ' },
  type: 'checkbox',
  defaultValue: false,
  index: true,
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: {
      en: 'Set automatically: some English text has no Lao translation yet.',
      lo: 'ຕັ້ງອັດຕະໂນມັດ: ມີຂໍ້ຄວາມພາສາອັງກິດທີ່ຍັງບໍ່ໄດ້ແປເປັນພາສາລາວ.',
    },
    components: { Cell: '/collections/shared/components/NeedsLaoCell#NeedsLaoCell' },
  },
}

type Localized = Partial<Record<Locale, unknown>> | undefined

const hasText = (value: unknown) => typeof value === 'string' && value.trim() !== ''

/** Paths of localized text fields; "cast.character" reaches into each row of the cast array. */
function lacksLao(doc: Record<string, unknown>, localizedPaths: string[]): boolean {
  return localizedPaths.some((fieldPath) => {
    const [head, ...rest] = fieldPath.split('.')
    const value = doc[head!]
    if (rest.length) {
      return Array.isArray(value) && value.some((row) => lacksLao(row as Record<string, unknown>, [rest.join('.')]))
    }
    const localized = value as Localized
    return hasText(localized?.en) && !hasText(localized?.lo)
  })
}

/**
 * Sets needsLao on every save, from the stored values of every locale with this save's values for
 * its own locale laid over them. Done before the write so the flag lands wherever the save goes:
 * the document's row, or only its newest version when saving a draft.
 */
export const computeNeedsLao =
  (collection: CollectionSlug, localizedPaths: string[]): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const locale = req.locale === 'lo' ? 'lo' : 'en'
    const stored = originalDoc?.id ? await allLocalesOf(collection, originalDoc.id, req) : {}
    const merged = withLocaleValues(stored, data, locale, localizedPaths)
    return { ...data, needsLao: lacksLao(merged, localizedPaths) }
  }

type Row = Record<string, unknown> & { id?: string }

/** The stored document in every locale, read within the save's transaction. */
async function allLocalesOf(
  collection: CollectionSlug,
  id: number | string,
  req: PayloadRequest,
): Promise<Record<string, unknown>> {
  // A Local API call with `req` sets req.locale to its own locale; the save still needs the caller's.
  const { locale, fallbackLocale } = req
  try {
    const doc = await req.payload.findByID({
      collection,
      id,
      locale: 'all',
      depth: 0,
      draft: true,
      overrideAccess: true,
      req,
    })
    return doc as unknown as Record<string, unknown>
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}

function withLocaleValues(
  stored: Record<string, unknown>,
  saving: Record<string, unknown>,
  locale: Locale,
  paths: string[],
) {
  const merged: Record<string, unknown> = {}
  for (const fieldPath of paths) {
    const [head, field] = fieldPath.split('.') as [string, string | undefined]
    if (!field) {
      const values = (stored[head] ?? {}) as Record<string, unknown>
      merged[head] = { ...values, [locale]: head in saving ? saving[head] : values[locale] }
      continue
    }
    const storedRows = (stored[head] ?? []) as Row[]
    if (!(head in saving)) {
      merged[head] = mergeRows(merged[head], storedRows)
      continue
    }
    const rows = ((saving[head] ?? []) as Row[]).map((row) => {
      const before = storedRows.find((r) => r.id && r.id === row.id)?.[field] as Record<string, unknown> | undefined
      return { [field]: { ...before, [locale]: row[field] } }
    })
    merged[head] = mergeRows(merged[head], rows)
  }
  return merged
}

/** Two paths into one array ("cast.character", "cast.note") share its rows. */
function mergeRows(existing: unknown, rows: Row[]): Row[] {
  const previous = (existing ?? []) as Row[]
  return rows.map((row, i) => ({ ...previous[i], ...row }))
}
