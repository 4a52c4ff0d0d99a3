'use client'
import { Link, useConfig } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'
import { useAdminText } from '@/i18n/admin/useAdminText'
import { analyticsPath } from '../adminView'
import { analyticsStrings } from './analyticsText'

/** The analytics dashboard in the admin's side navigation, marked like Payload's own links when open. */
export function AnalyticsNavLink() {
  const pathname = usePathname()
  const { config } = useConfig()
  const text = useAdminText({ navLink: analyticsStrings.navLink })
  const href = formatAdminURL({ adminRoute: config.routes.admin, path: analyticsPath })
  return (
    <Link href={href} className="nav__link" id="nav-analytics" data-testid="nav-analytics" prefetch={false}>
      {pathname === href && <div className="nav__link-indicator" />}
      <span className="nav__link-label">{text.navLink}</span>
    </Link>
  )
}
