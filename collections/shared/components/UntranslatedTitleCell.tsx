import type { CollectionSlug, DefaultServerCellComponentProps } from 'payload'
import { formatAdminURL } from 'payload/shared'
import { adminTextIn } from '@/i18n/admin/adminText'
import { defaultLocale } from '@/i18n/locales'

const strings = { untranslated: { en: 'untranslated', lo: 'ຍັງບໍ່ໄດ້ແປ' } }

const hasText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''

/**
 * The title column of a localized list (useAsTitle). In Lao, a document whose title is not yet
 * translated shows its English title, marked, instead of Payload's "<No Title>": exactly these are the
 * rows a translator looks for. Only untranslated rows cost a lookup.
 */
export async function UntranslatedTitleCell({
  cellData,
  collectionSlug,
  field,
  i18n,
  link,
  linkURL,
  payload,
  rowData,
}: DefaultServerCellComponentProps) {
  const english = hasText(cellData) ? null : await englishTitle(payload, collectionSlug, field, rowData.id)
  const shown = hasText(cellData) ? cellData : english
  const href =
    linkURL ??
    formatAdminURL({ adminRoute: payload.config.routes.admin, path: `/collections/${collectionSlug}/${rowData.id}` })
  const title = (
    <>
      <span lang={english ? defaultLocale : undefined}>{shown ?? `#${rowData.id}`}</span>
      {english && (
        <span className="untranslated-mark" data-testid="untranslated-mark">
          {adminTextIn(strings, i18n.language).untranslated}
        </span>
      )}
    </>
  )
  return link === false ? title : <a href={href}>{title}</a>
}

async function englishTitle(
  payload: DefaultServerCellComponentProps['payload'],
  collection: string,
  field: DefaultServerCellComponentProps['field'],
  id: number | string,
): Promise<string | null> {
  if (!('name' in field)) return null
  // The row is already in this editor's list, read with their access; only its English title is added.
  const doc = await payload.findByID({
    collection: collection as CollectionSlug,
    id,
    locale: defaultLocale,
    fallbackLocale: false,
    depth: 0,
    draft: true,
    select: { [field.name]: true },
    overrideAccess: true,
  })
  const value = (doc as unknown as Record<string, unknown>)[field.name]
  return hasText(value) ? value : null
}
