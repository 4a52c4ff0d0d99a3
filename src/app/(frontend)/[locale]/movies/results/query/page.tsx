import type { Metadata } from 'next'
import { setRequestLocale } from 'next-intl/server'
import { BrowseView } from '@/components/browse/BrowseView'
import { requireLocale } from '@/i18n/requireLocale'
import { parseBrowseQuery } from '@/lib/catalogue/browseQuery'
import { browseMetadata } from '@/lib/seo/browseMetadata'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/**
 * /movies?… (a search, filters, a page number) as the proxy serves it (src/proxy.ts): rendered for
 * each request and never kept as a page. Visitors can type any text and any filter value, and Next
 * keeps every page of a cached route on disk (404s included), so each distinct address would be
 * one more page there forever. What stays cached is the data: filtered lists for genres, years and
 * pages that exist, which is a bounded set; searches are read from the index each time
 * (src/lib/catalogue/index.ts).
 */
export const dynamic = 'force-dynamic'

async function load({ params, searchParams }: Props) {
  const [locale, search] = await Promise.all([requireLocale(params), searchParams])
  const query = parseBrowseQuery(
    new URLSearchParams(
      Object.entries(search).flatMap(([key, value]) => (typeof value === 'string' ? [[key, value]] : [])),
    ),
  )
  return { locale, query }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, query } = await load(props)
  return browseMetadata(locale, query)
}

export default async function BrowseResultsPage(props: Props) {
  const { locale, query } = await load(props)
  setRequestLocale(locale)
  return <BrowseView locale={locale} query={query} />
}
