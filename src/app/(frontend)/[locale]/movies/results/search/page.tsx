import type { Metadata } from 'next'
import { setRequestLocale } from 'next-intl/server'
import { BrowseView } from '../../../../../../components/browse/BrowseView'
import { requireLocale } from '../../../../../../i18n/requireLocale'
import { parseBrowseQuery } from '../../../../../../lib/catalogue/browseQuery'
import { browseMetadata } from '../../../../../../lib/seo/browseMetadata'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

/**
 * /movies?q=… as the proxy serves it (src/proxy.ts): rendered for each request and never kept as a
 * page, because visitors can type any text and each distinct search would otherwise be one more
 * page on the server's disk. The data it reads is not cached per search either
 * (src/lib/catalogue/index.ts).
 */
export const dynamic = 'force-dynamic'

async function load({ params, searchParams }: Props) {
  const [locale, search] = await Promise.all([requireLocale(params), searchParams])
  const query = parseBrowseQuery(new URLSearchParams(Object.entries(search).flatMap(([key, value]) => (typeof value === 'string' ? [[key, value]] : []))))
  return { locale, query }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, query } = await load(props)
  return browseMetadata(locale, query)
}

export default async function SearchResultsPage(props: Props) {
  const { locale, query } = await load(props)
  setRequestLocale(locale)
  return <BrowseView locale={locale} query={query} />
}
