import type { Metadata } from 'next'
import { defaultLocale, locales, type Locale } from '@/i18n/locales'

export const siteUrl = () => (process.env.NEXT_PUBLIC_SERVER_URL || 'http://localhost:3000').replace(/\/+$/, '')

/** Canonical and hreflang links of a page that exists in every locale at `/{locale}{path}`. */
export function alternates(locale: Locale, path: string): Metadata['alternates'] {
  return {
    canonical: `/${locale}${path}`,
    languages: {
      ...Object.fromEntries(locales.map((code) => [code, `/${code}${path}`])),
      'x-default': `/${defaultLocale}${path}`,
    },
  }
}

export const absoluteUrl = (path: string) => `${siteUrl()}${path}`
