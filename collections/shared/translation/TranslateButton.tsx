'use client'
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useAdminText } from '@/i18n/admin/useAdminText'
import { translationPath } from './adminView'
import { translationStrings } from './translationText'

/** On a film's, person's or genre's edit page: the same document in the translation view. */
export function TranslateButton() {
  const { config } = useConfig()
  const { id, collectionSlug } = useDocumentInfo()
  const text = useAdminText({ openView: translationStrings.openView })
  if (!id || !collectionSlug) return null
  const view = formatAdminURL({ adminRoute: config.routes.admin, path: translationPath })
  const href = `${view}?collection=${collectionSlug}&id=${id}`
  return (
    <a href={href} className="btn btn--style-secondary btn--size-small" data-testid="open-translation-view">
      {text.openView}
    </a>
  )
}
