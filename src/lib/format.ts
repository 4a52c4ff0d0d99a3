import type { Locale } from '../i18n/locales'

// CLDR's conventions for each locale: for Lao, "." groups thousands and the kip sign is ₭.
export const intlLocale = (locale: Locale) => (locale === 'lo' ? 'lo-LA' : 'en-US')

/** Prices are whole kip. */
export function formatLak(amount: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), {
    style: 'currency',
    currency: 'LAK',
    maximumFractionDigits: 0,
  }).format(amount)
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(value)
}

/** A calendar date (birthdays, release dates), read as the date it names wherever the server runs. */
export function formatDate(isoDate: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(isoDate))
}

/** ISO 8601 duration for schema.org, e.g. 104 minutes → "PT1H44M". */
export function isoDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60)
  return `PT${hours ? `${hours}H` : ''}${minutes % 60}M`
}

/** A moment (a rental's end, a payment), in Vientiane's time zone, where the viewers are. */
export function formatDateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Asia/Vientiane',
  }).format(new Date(iso))
}

/** 2530 → "42:10", 4000 → "1:06:40": a position in a film, as players show it. */
export function formatPlaybackTime(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds))
  const hours = Math.floor(whole / 3600)
  const minutes = Math.floor((whole % 3600) / 60)
  const secs = String(whole % 60).padStart(2, '0')
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${secs}` : `${minutes}:${secs}`
}
