import type { Locale } from './locales'

type Query = Record<string, string | number | undefined>

/**
 * A public page's address in a locale. Plain links, rendered on the server: the site's pages are
 * cached whole, and a client-side router would only add JavaScript to every page.
 */
export function localePath(locale: Locale, path: string, query?: Query): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {}))
    if (value !== undefined && value !== '') search.set(key, String(value))
  const qs = search.toString()
  return `/${locale}${path === '/' ? '' : path}${qs ? `?${qs}` : ''}`
}
