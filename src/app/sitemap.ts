import type { MetadataRoute } from 'next'
import { locales, perLocale } from '@/i18n/locales'
import { localePath } from '@/i18n/paths'
import { listSitemapEntries } from '@/lib/catalogue'
import { absoluteUrl } from '@/lib/seo/alternates'

/** Every public page in both locales, each listing its other-language twin. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { movies, people } = await listSitemapEntries()
  const entry = (path: string, lastModified?: string): MetadataRoute.Sitemap => {
    const languages = perLocale((code) => absoluteUrl(localePath(code, path)))
    return locales.map((code) => ({ url: languages[code], lastModified, alternates: { languages } }))
  }
  return [
    ...entry(''),
    ...entry('/movies'),
    ...movies.flatMap((movie) => entry(`/movies/${movie.slug}`, movie.updatedAt)),
    ...people.flatMap((person) => entry(`/people/${person.id}`, person.updatedAt)),
  ]
}

// Rendered on request (its data is cached): the build has no database to read.
export const dynamic = 'force-dynamic'
