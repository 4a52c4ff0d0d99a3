import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'
import { adminTextIn } from '@/i18n/admin/adminText'
import { EditorsPage, editorsOnly } from '../components/EditorsPage'
import { translationPath } from './adminView'
import { nextUntranslated, type DocumentRef } from './nextUntranslated'
import { isTranslatable, translationRows } from './translatable'
import { TranslationForm } from './TranslationForm'
import { translationStrings } from './translationText'

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** `?collection=movies&id=12` when both make sense; anything else is "the next untranslated one". */
function requestedDocument(searchParams: AdminViewServerProps['searchParams']): DocumentRef | null {
  const collection = first(searchParams?.collection)
  const id = Number(first(searchParams?.id))
  return isTranslatable(collection) && Number.isSafeInteger(id) && id > 0 ? { collection, id } : null
}

/**
 * /admin/translate: one film, person or genre with every localized text as a row, English source
 * beside the Lao value, editable in place, for editors and admins. The document is read and saved
 * with the editor's access.
 */
export async function TranslationView(view: AdminViewServerProps) {
  const { searchParams } = view
  const req = editorsOnly(view, translationPath)
  const adminRoute = req.payload.config.routes.admin
  const viewURL = (ref: DocumentRef) =>
    `${formatAdminURL({ adminRoute, path: translationPath })}?collection=${ref.collection}&id=${ref.id}`

  const text = adminTextIn(translationStrings, req.i18n.language)
  const requested = requestedDocument(searchParams)
  if (!requested) {
    const next = await nextUntranslated(req)
    if (next) redirect(viewURL(next))
  }
  const doc = requested
    ? await req.payload
        .findByID({
          collection: requested.collection,
          id: requested.id,
          locale: 'all',
          depth: 1,
          draft: requested.collection === 'movies',
          overrideAccess: false,
          user: req.user,
        })
        .catch(() => null)
    : null
  const rows = requested && doc ? translationRows(requested.collection, doc as unknown as Record<string, unknown>) : []
  const next = requested && doc ? await nextUntranslated(req, requested) : null

  return (
    <EditorsPage view={view} title={text.title} intro={text.intro}>
      {!requested && <p data-testid="translation-done">{text.nothingLeft}</p>}
      {requested && !doc && <p role="alert">{text.notFound}</p>}
      {requested && doc && (
        <TranslationForm
          key={`${requested.collection}-${requested.id}`}
          collection={requested.collection}
          id={requested.id}
          kind={text[requested.collection]}
          rows={rows}
          editURL={formatAdminURL({ adminRoute, path: `/collections/${requested.collection}/${requested.id}` })}
          nextURL={next ? viewURL(next) : null}
        />
      )}
    </EditorsPage>
  )
}
