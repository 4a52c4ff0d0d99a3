import { notFound } from 'next/navigation'
import { isLocale, type Locale } from './locales'

/** A page's `[locale]` segment, or the 404 page for anything else (say, "/favicon.ico"). */
export async function requireLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return locale
}
