import { notFound } from 'next/navigation'
import { NextIntlClientProvider } from 'next-intl'
import { getMessages, getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import { localePath } from '@/i18n/paths'
import { browseFilms, listGenres, listYears } from '@/lib/catalogue'
import type { BrowseQuery } from '@/lib/catalogue/browseQuery'
import { filmTypes } from '@/lib/films/filmTypes'
import { formatNumber } from '@/lib/format'
import { FilmList } from '../films/FilmList'
import { SearchAsYouType } from './SearchAsYouType'

/** The browse page for one query: filters (a plain GET form), results, and page links. */
export async function BrowseView({ locale, query }: { locale: Locale; query: BrowseQuery }) {
  const [t, genres, years, messages] = await Promise.all([
    getTranslations({ locale, namespace: 'browse' }),
    listGenres(locale),
    listYears(),
    getMessages({ locale }),
  ])
  const result = await browseFilms(locale, query, { genres, years })
  // A genre or year that no film has, or a page past the last, is no page at all.
  if (!result.known || result.page > Math.max(1, result.pages)) notFound()
  const pageHref = (page: number) => localePath(locale, '/movies', { ...query, page })

  // A plain search (no filter, sort or later page) follows what the viewer types next.
  const searchAsYouType = query.q && !query.genre && !query.year && !query.type && !query.sort && result.page === 1

  const content = (
    <>
      <h1>{query.q ? t('resultsFor', { q: query.q }) : t('title')}</h1>
      <form className="filters" method="get" action={localePath(locale, '/movies')} aria-label={t('filters')}>
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
            {filmTypes.map((type) => (
              <option key={type} value={type}>
                {t(type)}
              </option>
            ))}
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
      {result.films.length ? (
        <FilmList films={result.films} locale={locale} layout="grid" eagerCount={4} />
      ) : (
        <p className="empty">{t('noResults')}</p>
      )}

      {result.pages > 1 && (
        <nav className="pagination" aria-label={t('pagination')}>
          {result.page > 1 && (
            <a href={pageHref(result.page - 1)} rel="prev">
              {t('previous')}
            </a>
          )}
          <span>
            {t('pageOf', { page: formatNumber(result.page, locale), pages: formatNumber(result.pages, locale) })}
          </span>
          {result.page < result.pages && (
            <a href={pageHref(result.page + 1)} rel="next">
              {t('next')}
            </a>
          )}
        </nav>
      )}
    </>
  )
  return (
    <section className="page browse">
      {searchAsYouType ? (
        <NextIntlClientProvider messages={{ browse: messages.browse, card: messages.card }}>
          <SearchAsYouType locale={locale} q={query.q!}>
            {content}
          </SearchAsYouType>
        </NextIntlClientProvider>
      ) : (
        content
      )}
    </section>
  )
}
