import type { Locale } from './locales'
import { defaultLocale } from './locales'

// Thai readers read Lao far more easily than English, so Thai maps to Lao.
const languageToLocale: Record<string, Locale> = { lo: 'lo', th: 'lo', en: 'en' }

/**
 * Picks the site locale from an Accept-Language header: the viewer's most preferred language
 * that we can serve wins; with none we can serve, English.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return defaultLocale
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      const quality = q ? Number(q.slice(2)) : 1
      return {
        language: tag.trim().toLowerCase().split('-')[0] ?? '',
        quality: Number.isFinite(quality) ? quality : 0,
        index,
      }
    })
    .filter((entry) => entry.language && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
  for (const { language } of ranked) {
    const locale = languageToLocale[language]
    if (locale) return locale
  }
  return defaultLocale
}
