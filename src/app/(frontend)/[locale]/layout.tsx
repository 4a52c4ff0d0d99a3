import '@fontsource/noto-sans-lao/400.css'
import '@fontsource/noto-sans-lao/700.css'
import '../styles.css'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { hasLocale, NextIntlClientProvider } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type React from 'react'
import { SiteHeader } from '../../../components/layout/SiteHeader'
import { routing } from '../../../i18n/routing'

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'site' })
  return { title: { default: t('name'), template: `%s · ${t('name')}` }, description: t('tagline') }
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'site' })
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        <NextIntlClientProvider>
          <SiteHeader locale={locale} />
          <main id="main">{children}</main>
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
