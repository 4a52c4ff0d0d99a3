import type { Metadata } from 'next'
import Image from 'next/image'
import { NextIntlClientProvider } from 'next-intl'
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server'
import { FilmList } from '@/components/films/FilmList'
import { GenreRowsOnView } from '@/components/films/GenreRowsOnView'
import { HeroTrailer } from '@/components/films/HeroTrailer'
import { ViewerRows } from '@/components/films/ViewerRows'
import { requireLocale } from '@/i18n/requireLocale'
import { localePath } from '@/i18n/paths'
import { genreRowsInPage, getHome } from '@/lib/catalogue'
import { absoluteUrl } from '@/lib/seo/alternates'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await requireLocale(params)
  const home = await getHome(locale)
  const image = home.hero?.backdrop ?? home.hero?.poster
  return image
    ? { openGraph: { images: [{ url: absoluteUrl(image.url), width: image.width, height: image.height }] } }
    : {}
}

export default async function HomePage({ params }: Props) {
  const locale = await requireLocale(params)
  setRequestLocale(locale)
  const [t, messages, home] = await Promise.all([getTranslations('home'), getMessages(), getHome(locale)])
  const { hero } = home
  return (
    <>
      <h1 className="home-title">{t('title')}</h1>
      {hero && (
        <section className="hero" aria-labelledby="hero-title">
          {hero.backdrop && <Image className="hero-image" src={hero.backdrop.url} alt="" fill priority sizes="100vw" />}
          {hero.trailerSrc && <HeroTrailer src={hero.trailerSrc} />}
          <div className="hero-text">
            <h2 id="hero-title">{hero.title}</h2>
            {hero.tagline && <p>{hero.tagline}</p>}
            <a className="button" href={localePath(locale, `/movies/${hero.slug}`)}>
              {t('heroCta')}
            </a>
          </div>
        </section>
      )}
      <NextIntlClientProvider
        messages={{ home: messages.home, watchlist: messages.watchlist, rent: messages.rent, card: messages.card }}
      >
        <ViewerRows locale={locale} />
      </NextIntlClientProvider>
      {home.featured.length > 0 && (
        <section className="row" aria-labelledby="featured" data-testid="featured-row">
          <h2 id="featured">{t('featured')}</h2>
          <FilmList films={home.featured} locale={locale} layout="row" eagerCount={2} />
        </section>
      )}
      {home.newest.length > 0 ? (
        <section className="row" aria-labelledby="newest">
          <div className="row-heading">
            <h2 id="newest">{t('newest')}</h2>
            <a href={localePath(locale, '/movies')}>{t('seeAll')}</a>
          </div>
          <FilmList films={home.newest} locale={locale} layout="row" />
        </section>
      ) : (
        <p className="page">{t('empty')}</p>
      )}
      {home.byGenre.slice(0, genreRowsInPage).map((row) => (
        <section className="row" aria-labelledby={`genre-${row.slug}`} key={row.slug}>
          <div className="row-heading">
            <h2 id={`genre-${row.slug}`}>{row.name}</h2>
            <a href={localePath(locale, '/movies', { genre: row.slug })}>{t('seeAll')}</a>
          </div>
          <FilmList films={row.films} locale={locale} layout="row" />
        </section>
      ))}
      {home.byGenre.length > genreRowsInPage && (
        <NextIntlClientProvider messages={{ home: messages.home, card: messages.card }}>
          <GenreRowsOnView
            locale={locale}
            rows={home.byGenre.slice(genreRowsInPage).map(({ slug, name }) => ({ slug, name }))}
          />
        </NextIntlClientProvider>
      )}
    </>
  )
}
