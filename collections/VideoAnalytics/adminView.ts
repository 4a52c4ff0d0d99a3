import type { AdminViewConfig } from 'payload'

/** Where the analytics dashboard lives under /admin. */
export const analyticsPath = '/analytics'

export const analyticsView: AdminViewConfig = {
  Component: '/collections/VideoAnalytics/components/AnalyticsView#AnalyticsView',
  path: analyticsPath,
  exact: true,
  meta: { title: 'Viewing analytics' },
}

export const analyticsNavLink = '/collections/VideoAnalytics/components/AnalyticsNavLink#AnalyticsNavLink'
