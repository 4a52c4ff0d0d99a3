import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { setRequestLocale } from 'next-intl/server'
import { BrowseView } from '../../../../../../components/browse/BrowseView'
import { requireLocale } from '../../../../../../i18n/requireLocale'
import { queryFromBrowseKey } from '../../../../../../lib/catalogue/browseQuery'
import { browseMetadata } from '../../../../../../lib/seo/browseMetadata'

type Props = { params: Promise<{ locale: string; key: string }> }

/**
 * /movies?genre=…&year=… as the proxy serves it (src/proxy.ts): one cached page per filter
 * combination, rendered on first request and expired with the rest of the catalogue. Visitors never
 * see this address. Filters can only name genres, years and pages that exist (BrowseView answers
 * 404 otherwise), so these pages are a bounded set; searches (`q`) are unbounded and rendered per
 * request by ../search instead.
 */
export function generateStaticParams() {
  return []
}

async function load(params: Props['params']) {
  const [locale, { key }] = await Promise.all([requireLocale(params), params])
  const query = queryFromBrowseKey(key)
  if (!query || query.q) notFound()
  return { locale, query }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, query } = await load(params)
  return browseMetadata(locale, query)
}

export default async function BrowseResultsPage({ params }: Props) {
  const { locale, query } = await load(params)
  setRequestLocale(locale)
  return <BrowseView locale={locale} query={query} />
}
