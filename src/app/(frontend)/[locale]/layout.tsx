import '@fontsource/noto-sans-lao/400.css'
import '@fontsource/noto-sans-lao/700.css'
import '../styles.css'
import type { Metadata, Viewport } from 'next'
import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type React from 'react'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { routing } from '@/i18n/routing'
import { publicOrigin } from '@/lib/http/origin'
import { alternates } from '@/lib/seo/alternates'
import { themeColor } from '@/lib/seo/themeColor'

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> }

// Pages are rendered on first visit and then served from cache until an editor's change expires them.
export function generateStaticParams() {
  return []
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  // For the metadata of a not-found page below, which gets no params to read the locale from.
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'site' })
  return {
    metadataBase: new URL(publicOrigin()),
    title: { default: t('name'), template: `%s · ${t('name')}` },
    description: t('tagline'),
    alternates: alternates(locale, ''),
    openGraph: { siteName: t('name'), locale: locale === 'lo' ? 'lo_LA' : 'en_US', type: 'website' },
  }
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
        <SiteHeader locale={locale} />
        <main id="main">{children}</main>
      </body>
    </html>
  )
}
