import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'

type AccountTitle = 'logIn' | 'signUp' | 'forgotTitle' | 'resetTitle' | 'profile'

/** An account page's tab title, in its language; account pages are nobody's search result. */
export async function accountMetadata(locale: Locale, title: AccountTitle): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'account' })
  return { title: t(title), robots: { index: false } }
}
