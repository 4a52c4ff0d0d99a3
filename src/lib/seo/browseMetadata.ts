import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import type { BrowseQuery } from '../catalogue/browseQuery'
import { alternates } from './alternates'

export async function browseMetadata(locale: Locale, query: BrowseQuery): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'browse' })
  const filtered = Object.values(query).some((value) => value !== undefined)
  return {
    title: query.q ? t('resultsFor', { q: query.q }) : t('title'),
    alternates: alternates(locale, '/movies'),
    // Search and filter results are not pages of their own for search engines.
    robots: filtered ? { index: false, follow: true } : undefined,
  }
}
