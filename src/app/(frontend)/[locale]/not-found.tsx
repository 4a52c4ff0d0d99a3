import type { Metadata, ResolvingMetadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'
import { defaultLocale, isLocale } from '@/i18n/locales'
import { localePath } from '@/i18n/paths'

// Not-found pages get no params: the locale is the one the layout's metadata set for this request.
export async function generateMetadata(_: unknown, parent: ResolvingMetadata): Promise<Metadata> {
  await parent
  const t = await getTranslations('notFound')
  return { title: t('title'), robots: { index: false } }
}

export default async function NotFound() {
  const [t, locale] = await Promise.all([getTranslations('notFound'), getLocale()])
  return (
    <section className="page">
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      {/* The reader is already in a language: home in that language, not the negotiation at `/`. */}
      <a href={localePath(isLocale(locale) ? locale : defaultLocale, '/')}>{t('home')}</a>
    </section>
  )
}
