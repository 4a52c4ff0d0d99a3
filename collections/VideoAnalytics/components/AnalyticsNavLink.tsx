'use client'
import { Link, useConfig } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'
import { analyticsPath } from '../adminView'

/** The analytics dashboard in the admin's side navigation, marked like Payload's own links when open. */
export function AnalyticsNavLink() {
  const pathname = usePathname()
  const { config } = useConfig()
  const href = formatAdminURL({ adminRoute: config.routes.admin, path: analyticsPath })
  return (
    <Link href={href} className="nav__link" id="nav-analytics" data-testid="nav-analytics" prefetch={false}>
      {pathname === href && <div className="nav__link-indicator" />}
      <span className="nav__link-label">Viewing analytics</span>
    </Link>
  )
}
