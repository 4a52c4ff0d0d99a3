import type { Metadata } from 'next'
import { setRequestLocale } from 'next-intl/server'
import { BrowseView } from '@/components/browse/BrowseView'
import { requireLocale } from '@/i18n/requireLocale'
import { browseMetadata } from '@/lib/seo/browseMetadata'

type Props = { params: Promise<{ locale: string }> }

/**
 * /movies without a query, cached like the other public pages. With a query the proxy serves
 * /movies/results/query, rendered per request.
 */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return browseMetadata(await requireLocale(params), {})
}

export default async function BrowsePage({ params }: Props) {
  const locale = await requireLocale(params)
  setRequestLocale(locale)
  return <BrowseView locale={locale} query={{}} />
}
