import type { Locale } from '../i18n/locales'

// CLDR's conventions for each locale: for Lao, "." groups thousands and the kip sign is ₭.
export const intlLocale = (locale: Locale) => (locale === 'lo' ? 'lo-LA' : 'en-US')

/**
 * One Intl formatter per locale, made on first use. Making one loads the locale's CLDR data and
 * costs far more than formatting with it: a search page made hundreds, a third of its render time.
 */
export function perLocale<Formatter>(make: (intl: string) => Formatter): (locale: Locale) => Formatter {
  const made = new Map<Locale, Formatter>()
  return (locale) => {
    let formatter = made.get(locale)
    if (!formatter) made.set(locale, (formatter = make(intlLocale(locale))))
    return formatter
  }
}

const lak = perLocale(
  (intl) => new Intl.NumberFormat(intl, { style: 'currency', currency: 'LAK', maximumFractionDigits: 0 }),
)
const plainNumber = perLocale((intl) => new Intl.NumberFormat(intl))
const calendarDate = perLocale((intl) => new Intl.DateTimeFormat(intl, { dateStyle: 'long', timeZone: 'UTC' }))
const vientianeMoment = perLocale(
  (intl) => new Intl.DateTimeFormat(intl, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Vientiane' }),
)

/** Prices are whole kip. */
export function formatLak(amount: number, locale: Locale): string {
  return lak(locale).format(amount)
}

export function formatNumber(value: number, locale: Locale): string {
  return plainNumber(locale).format(value)
}

/** A calendar date (birthdays, release dates), read as the date it names wherever the server runs. */
export function formatDate(isoDate: string, locale: Locale): string {
  return calendarDate(locale).format(new Date(isoDate))
}

/** ISO 8601 duration for schema.org, e.g. 104 minutes → "PT1H44M". */
export function isoDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60)
  return `PT${hours ? `${hours}H` : ''}${minutes % 60}M`
}

/** A moment (a rental's end, a payment), in Vientiane's time zone, where the viewers are. */
export function formatDateTime(iso: string, locale: Locale): string {
  return vientianeMoment(locale).format(new Date(iso))
}

/** 2530 → "42:10", 4000 → "1:06:40": a position in a film, as players show it. */
export function formatPlaybackTime(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds))
  const hours = Math.floor(whole / 3600)
  const minutes = Math.floor((whole % 3600) / 60)
  const secs = String(whole % 60).padStart(2, '0')
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${secs}` : `${minutes}:${secs}`
}
