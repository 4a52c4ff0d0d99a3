import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps, PayloadRequest, User } from 'payload'
import { formatAdminURL } from 'payload/shared'
import type { ReactNode } from 'react'
import { isEditor } from '../../access/roles'

/**
 * The request of a custom admin view that only editors and admins may open. Custom admin views
 * skip Payload's own "may this user use the admin?" check, so it is made here: anyone else is sent
 * to log in (and back to `path`) or to Payload's "unauthorized" page.
 */
export function editorsOnly(
  { initPageResult }: AdminViewServerProps,
  path: `/${string}`,
): PayloadRequest & { user: User } {
  const { req } = initPageResult
  const { routes } = req.payload.config
  if (!req.user) {
    const login = formatAdminURL({ adminRoute: routes.admin, path: req.payload.config.admin.routes.login })
    redirect(`${login}?redirect=${encodeURIComponent(formatAdminURL({ adminRoute: routes.admin, path }))}`)
  }
  if (!isEditor(req.user)) {
    redirect(formatAdminURL({ adminRoute: routes.admin, path: req.payload.config.admin.routes.unauthorized }))
  }
  return req as PayloadRequest & { user: User }
}

/** A custom admin view's page: Payload's admin frame with its navigation, a title and an introduction. */
export function EditorsPage({
  view,
  title,
  intro,
  children,
}: {
  view: AdminViewServerProps
  title: string
  intro: ReactNode
  children: ReactNode
}) {
  const { initPageResult, params, searchParams } = view
  const { req, permissions, visibleEntities, locale } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1 style={{ margin: '1.5rem 0 0.25rem' }}>{title}</h1>
        <p style={{ color: 'var(--theme-elevation-600)', margin: '0 0 1.5rem' }}>{intro}</p>
        {children}
      </Gutter>
    </DefaultTemplate>
  )
}
