import type { Metadata } from 'next'
import { defaultLocale, perLocale, type Locale } from '@/i18n/locales'
import { localePath } from '@/i18n/paths'
import { publicOrigin } from '../http/origin'

/** Canonical and hreflang links of a page that exists in every locale at `/{locale}{path}`. */
export function alternates(locale: Locale, path: string): Metadata['alternates'] {
  return {
    canonical: localePath(locale, path),
    languages: { ...perLocale((code) => localePath(code, path)), 'x-default': localePath(defaultLocale, path) },
  }
}

export const absoluteUrl = (path: string) => `${publicOrigin()}${path}`
