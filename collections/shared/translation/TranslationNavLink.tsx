'use client'
import { Link, useConfig } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'
import { useAdminText } from '@/i18n/admin/useAdminText'
import { translationPath } from './adminView'
import { translationStrings } from './translationText'

/** The translation view in the admin's side navigation: it opens on the next text that needs Lao. */
export function TranslationNavLink() {
  const pathname = usePathname()
  const { config } = useConfig()
  const text = useAdminText({ navLink: translationStrings.navLink })
  const href = formatAdminURL({ adminRoute: config.routes.admin, path: translationPath })
  return (
    <Link href={href} className="nav__link" id="nav-translate" data-testid="nav-translate" prefetch={false}>
      {pathname === href && <div className="nav__link-indicator" />}
      <span className="nav__link-label">{text.navLink}</span>
    </Link>
  )
}
