import type { Payload } from 'payload'
import { locales, type Locale } from '@/i18n/locales'

/** A film's title and address slug in each language: what our bilingual mails name and link. */
export type FilmText = Record<Locale, { title: string; slug: string }>

/** Read once per mail (or per batch of mails), whatever the order the languages are written in. */
export async function readFilmText(payload: Payload, movieId: number): Promise<FilmText> {
  const entries = await Promise.all(
    locales.map(async (locale) => {
      const movie = await payload.findByID({
        collection: 'movies',
        id: movieId,
        depth: 0,
        locale,
        overrideAccess: true,
        select: { title: true, slug: true },
      })
      return [locale, { title: movie.title, slug: movie.slug }] as const
    }),
  )
  return Object.fromEntries(entries) as FilmText
}
