import type { Metadata } from 'next'
import Image from 'next/image'
import { notFound, permanentRedirect } from 'next/navigation'
import { NextIntlClientProvider } from 'next-intl'
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server'
import { Suspense } from 'react'
import { JsonLd } from '@/components/films/JsonLd'
import { NotifyButton } from '@/components/account/NotifyButton'
import { TrailerPlayer } from '@/components/films/TrailerPlayer'
import { WatchlistButton } from '@/components/account/WatchlistButton'
import { RentPanel } from '@/components/rentals/RentPanel'
import type { Locale } from '@/i18n/locales'
import { requireLocale } from '@/i18n/requireLocale'
import { localePath } from '@/i18n/paths'
import { getFilm, type FilmDetail } from '@/lib/catalogue'
import { dataCosts, formatDataSize } from '@/lib/films/dataCost'
import { formatDate, formatLak, formatNumber, isoDuration } from '@/lib/format'
import { absoluteUrl, alternates } from '@/lib/seo/alternates'

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ rental?: string }> }

export function generateStaticParams() {
  return []
}

async function load(locale: Locale, slug: string): Promise<FilmDetail> {
  const found = await getFilm(locale, slug)
  if (!found) notFound()
  if ('redirectTo' in found) permanentRedirect(localePath(locale, `/movies/${found.redirectTo}`))
  return found.film
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const locale = await requireLocale(params)
  const found = await getFilm(locale, slug)
  // Here rather than only in the page: the not-found page's title comes with it only then.
  if (!found) notFound()
  if ('redirectTo' in found) return {}
  const film = found.film
  const image = film.backdrop ?? film.poster
  return {
    title: film.year ? `${film.title} (${film.year})` : film.title,
    description: film.overview ?? film.tagline ?? undefined,
    alternates: alternates(locale, `/movies/${film.slug}`),
    openGraph: {
      type: 'video.movie',
      title: film.title,
      description: film.overview ?? undefined,
      images: image ? [{ url: absoluteUrl(image.url), width: image.width, height: image.height }] : undefined,
    },
  }
}

export default async function FilmPage({ params }: Props) {
  const { slug } = await params
  const locale = await requireLocale(params)
  setRequestLocale(locale)
  const [film, t, departments, rent, messages, account] = await Promise.all([
    load(locale, slug),
    getTranslations('film'),
    getTranslations('departments'),
    getTranslations('rent'),
    getMessages(),
    getTranslations('account'),
  ])
  const windowLabel =
    film.rentalWindowHours % 24 === 0 && film.rentalWindowHours > 72
      ? rent('windowDays', { days: formatNumber(film.rentalWindowHours / 24, locale) })
      : rent('windowHours', { hours: formatNumber(film.rentalWindowHours, locale) })
  const watchlistButton = (
    <WatchlistButton
      movieId={film.id}
      locale={locale}
      filmPath={localePath(locale, `/movies/${film.slug}`)}
      logInLabel={account('logIn')}
      signUpLabel={account('signUp')}
    />
  )
  const directors = film.crew.filter((member) => member.department === 'directing')
  const keyCrew = film.crew.filter((member) => member.department !== 'directing')

  return (
    <article className="film">
      <JsonLd data={movieJsonLd(film, locale)} />
      <div className="film-backdrop">
        {film.backdrop && <Image src={film.backdrop.url} alt="" fill priority sizes="100vw" />}
      </div>
      <div className="film-main page">
        {film.poster && (
          <Image
            className="film-poster"
            src={film.poster.url}
            alt={t('posterAlt', { title: film.title })}
            width={film.poster.width}
            height={film.poster.height}
            sizes="(max-width: 640px) 40vw, 260px"
          />
        )}
        <div className="film-text">
          <h1>{film.title}</h1>
          {film.tagline && <p className="tagline">{film.tagline}</p>}
          <p className="facts" data-testid="film-facts">
            {film.year && <span>{film.year}</span>}
            {film.runtime && <span>{t('minutes', { count: formatNumber(film.runtime, locale) })}</span>}
          </p>
          {film.genres.length > 0 && (
            <ul className="genres" aria-label={t('genres')}>
              {film.genres.map((genre) => (
                <li key={genre.slug}>
                  <a href={localePath(locale, '/movies', { genre: genre.slug })}>{genre.name}</a>
                </li>
              ))}
            </ul>
          )}
          {film.availableToRent ? (
            <div className="rent" id="rent">
              <NextIntlClientProvider messages={{ rent: messages.rent, watchlist: messages.watchlist }}>
                <Suspense
                  fallback={
                    <a className="button button-primary" href={localePath(locale, `/movies/${film.slug}/watch`)}>
                      {rent('button', { price: formatLak(film.rentalPriceLak, locale) })}
                    </a>
                  }
                >
                  <RentPanel
                    movieId={film.id}
                    title={film.title}
                    price={formatLak(film.rentalPriceLak, locale)}
                    window={windowLabel}
                    // Worded here: browsers differ in the Lao number formats they carry, the server does not.
                    dataCosts={dataCosts(film.qualities, film.lengthSeconds).map((cost) => ({
                      quality: cost.quality,
                      size: formatDataSize(cost.bytes, locale),
                    }))}
                    locale={locale}
                    watchHref={localePath(locale, `/movies/${film.slug}/watch`)}
                    filmPath={localePath(locale, `/movies/${film.slug}`)}
                  />
                </Suspense>
                <Suspense fallback={null}>{watchlistButton}</Suspense>
              </NextIntlClientProvider>
              <p>{rent('window', { window: windowLabel })}</p>
            </div>
          ) : (
            <div className="rent coming-soon" id="rent" data-testid="coming-soon">
              <p className="coming-soon-label">{t('comingSoon')}</p>
              {film.releaseDate && (
                <p data-testid="release-date">{t('releaseDate', { date: formatDate(film.releaseDate, locale) })}</p>
              )}
              <p>{t('comingSoonNote')}</p>
              <NextIntlClientProvider messages={{ notify: messages.notify, watchlist: messages.watchlist }}>
                <Suspense fallback={null}>
                  <NotifyButton
                    movieId={film.id}
                    locale={locale}
                    filmPath={localePath(locale, `/movies/${film.slug}`)}
                    logInLabel={account('logIn')}
                    signUpLabel={account('signUp')}
                  />
                </Suspense>
                <Suspense fallback={null}>{watchlistButton}</Suspense>
              </NextIntlClientProvider>
            </div>
          )}
          {film.overview && <p className="overview">{film.overview}</p>}
          {directors.length > 0 && (
            <p>
              <strong>{t('director')}: </strong>
              {directors.map((person, i) => (
                <span key={person.id}>
                  {i > 0 && ', '}
                  <a href={localePath(locale, `/people/${person.id}`)}>{person.name}</a>
                </span>
              ))}
            </p>
          )}
          {film.trailerSrc && (
            <div className="trailer" data-testid="trailer">
              <NextIntlClientProvider messages={{ player: messages.player }}>
                <TrailerPlayer
                  src={film.trailerSrc}
                  title={film.title}
                  buttonLabel={t('trailerPlay')}
                  accessibleName={t('trailerName', { title: film.title })}
                />
              </NextIntlClientProvider>
            </div>
          )}
          {!film.trailerSrc && film.trailerYoutubeKey && (
            <p>
              <a
                href={`https://www.youtube.com/watch?v=${encodeURIComponent(film.trailerYoutubeKey)}`}
                rel="noopener noreferrer"
                target="_blank"
              >
                {t('trailer')}
              </a>
            </p>
          )}
        </div>
      </div>
      {film.cast.length > 0 && (
        <section className="page credits" aria-labelledby="cast">
          <h2 id="cast">{t('cast')}</h2>
          <ul className="people-list" data-testid="cast">
            {film.cast.map((person) => (
              <li key={`${person.id}-${person.character}`}>
                <a href={localePath(locale, `/people/${person.id}`)}>{person.name}</a>
                {person.character && <span className="character"> {t('as', { character: person.character })}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {keyCrew.length > 0 && (
        <section className="page credits" aria-labelledby="crew">
          <h2 id="crew">{t('keyCrew')}</h2>
          <ul className="people-list">
            {keyCrew.map((person) => (
              <li key={`${person.id}-${person.department}-${person.job}`}>
                <a href={localePath(locale, `/people/${person.id}`)}>{person.name}</a>
                <span className="character"> · {person.job ?? departments(person.department)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  )
}

function movieJsonLd(film: FilmDetail, locale: Locale) {
  const person = (p: { id: number; name: string }) => ({
    '@type': 'Person',
    name: p.name,
    url: absoluteUrl(localePath(locale, `/people/${p.id}`)),
  })
  return {
    '@context': 'https://schema.org',
    '@type': 'Movie',
    name: film.title,
    url: absoluteUrl(localePath(locale, `/movies/${film.slug}`)),
    inLanguage: locale,
    ...(film.originalTitle && { alternateName: film.originalTitle }),
    ...(film.overview && { description: film.overview }),
    ...(film.releaseDate && { datePublished: film.releaseDate.slice(0, 10) }),
    ...(film.runtime && { duration: isoDuration(film.runtime) }),
    ...(film.poster && { image: absoluteUrl(film.poster.url) }),
    genre: film.genres.map((g) => g.name),
    director: film.crew.filter((c) => c.department === 'directing').map(person),
    actor: film.cast.map(person),
    // Offered only once it can be rented: a coming-soon film is not for sale yet.
    ...(film.availableToRent && { offers: { '@type': 'Offer', price: film.rentalPriceLak, priceCurrency: 'LAK' } }),
  }
}
