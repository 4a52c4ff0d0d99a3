import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { z } from 'zod'
import { FilmList } from '../../../../components/films/FilmList'
import { requireLocale } from '../../../../i18n/requireLocale'
import { localePath } from '../../../../i18n/paths'
import { browseFilms, browseSorts, listGenres, listYears, type BrowseQuery } from '../../../../lib/catalogue'
import { formatNumber } from '../../../../lib/format'
import { alternates } from '../../../../lib/seo/alternates'

// Rendered per request from its query (the data underneath is cached).
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

// Anything malformed in the address is ignored rather than refused: this is a page, not an API.
const browseParams = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  genre: z.string().regex(/^[a-z0-9-]+$/).optional().catch(undefined),
  year: z.coerce.number().int().min(1888).max(2100).optional().catch(undefined),
  type: z.enum(['feature', 'short']).optional().catch(undefined),
  sort: z.enum(browseSorts).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
})

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined

async function readQuery(searchParams: Props['searchParams']): Promise<BrowseQuery> {
  const raw = await searchParams
  return browseParams.parse(Object.fromEntries(Object.keys(browseParams.shape).map((key) => [key, first(raw[key])])))
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await requireLocale(params)
  const query = await readQuery(searchParams)
  const t = await getTranslations({ locale, namespace: 'browse' })
  return {
    title: query.q ? t('resultsFor', { q: query.q }) : t('title'),
    alternates: alternates(locale, '/movies'),
    // Search and filter results are not pages of their own for search engines.
    robots: query.q || query.genre || query.year || query.type || query.page ? { index: false, follow: true } : undefined,
  }
}

export default async function BrowsePage({ params, searchParams }: Props) {
  const locale = await requireLocale(params)
  setRequestLocale(locale)
  const query = await readQuery(searchParams)
  const [t, result, genres, years] = await Promise.all([getTranslations('browse'), browseFilms(locale, query), listGenres(locale), listYears()])
  const pageHref = (page: number) => localePath(locale, '/movies', { ...query, page })

  return (
    <section className="page browse">
      <h1>{query.q ? t('resultsFor', { q: query.q }) : t('title')}</h1>
      <form className="filters" method="get" action={`/${locale}/movies`} aria-label={t('filters')}>
        <label>
          <span>{t('genre')}</span>
          <select name="genre" defaultValue={query.genre ?? ''}>
            <option value="">{t('allGenres')}</option>
            {genres.map((genre) => (
              <option key={genre.slug} value={genre.slug}>
                {genre.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('year')}</span>
          <select name="year" defaultValue={query.year ?? ''}>
            <option value="">{t('allYears')}</option>
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('type')}</span>
          <select name="type" defaultValue={query.type ?? ''}>
            <option value="">{t('allTypes')}</option>
            <option value="feature">{t('feature')}</option>
            <option value="short">{t('short')}</option>
          </select>
        </label>
        <label>
          <span>{t('sort')}</span>
          <select name="sort" defaultValue={query.sort ?? ''}>
            <option value="">{query.q ? t('relevance') : t('newest')}</option>
            {query.q && <option value="newest">{t('newest')}</option>}
            <option value="oldest">{t('oldest')}</option>
            <option value="title">{t('titleSort')}</option>
          </select>
        </label>
        {query.q && <input type="hidden" name="q" value={query.q} />}
        <button type="submit" className="button">
          {t('apply')}
        </button>
      </form>

      <p className="result-count" role="status">
        {t('count', { count: result.total })}
      </p>
      {result.films.length ? <FilmList films={result.films} locale={locale} layout="grid" eagerCount={4} /> : <p className="empty">{t('noResults')}</p>}

      {result.pages > 1 && (
        <nav className="pagination" aria-label={t('pagination')}>
          {result.page > 1 && (
            <a href={pageHref(result.page - 1)} rel="prev">
              {t('previous')}
            </a>
          )}
          <span>{t('pageOf', { page: formatNumber(result.page, locale), pages: formatNumber(result.pages, locale) })}</span>
          {result.page < result.pages && (
            <a href={pageHref(result.page + 1)} rel="next">
              {t('next')}
            </a>
          )}
        </nav>
      )}
    </section>
  )
}
