import type { Locale } from '../i18n/locales'

/** Prices are whole kip; Lao readers see Lao digits and the ₭ sign. */
export function formatLak(amount: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'lo' ? 'lo-LA' : 'en-US', {
    style: 'currency',
    currency: 'LAK',
    maximumFractionDigits: 0,
  }).format(amount)
}
