import { redirect } from 'next/navigation'
import type { Locale } from '../../../../../../i18n/locales'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

/**
 * The watch page's gate. Renting arrives with the rentals issue; until then no viewer holds a
 * rental, so every visit goes back to the film page, which says a rental is required.
 */
export default async function WatchPage({ params }: Props) {
  const { locale, slug } = await params
  redirect(`/${locale}/movies/${encodeURIComponent(slug)}?rental=required`)
}
