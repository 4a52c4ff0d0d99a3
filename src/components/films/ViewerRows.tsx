'use client'
import { useTranslations } from 'next-intl'
import { useEffect, useState } from 'react'
import type { Movie } from '../../../payload-types'
import type { Locale } from '@/i18n/locales'
import { toFilmCard } from '@/lib/catalogue/mappers'
import type { FilmCard } from '@/lib/catalogue/types'
import { formatNumber } from '@/lib/format'
import { currentUser } from '../account/currentUser'
import { myProgress, myRentals, myWatchlist } from '../api'
import { RentalTimeLeft } from '../rentals/RentalTimeLeft'
import { FilmCardView } from './FilmCardView'

type Card = { film: FilmCard; progress?: number; expiresAt?: string }
type Rows = { watching: Card[]; rentals: Card[]; watchlist: Card[] }

/** A row's film, when it is still there to show (a deleted or unpublished film leaves an id or nothing). */
const filmOf = (movie: number | Movie | null | undefined) =>
  movie && typeof movie === 'object' ? toFilmCard(movie) : null

function cards<Row extends { movie: number | Movie }>(
  rows: Row[],
  extra: (row: Row) => Omit<Card, 'film'> = () => ({}),
) {
  return rows.flatMap((row) => {
    const film = filmOf(row.movie)
    return film ? [{ film, ...extra(row) }] : []
  })
}

/**
 * The viewer's own rows on the home page. Fetched by the browser with the viewer's own
 * session, after the cached page arrives, so no viewer's rows can ever be cached for another.
 */
export function ViewerRows({ locale }: { locale: Locale }) {
  const t = useTranslations('home')
  const watchlistTitle = useTranslations('watchlist')('title')
  const [rows, setRows] = useState<Rows | null>(null)

  useEffect(() => {
    const controller = new AbortController()
    void (async () => {
      // Rentals and progress belong to an account or to the browser's anonymous identity; a watchlist, to accounts.
      const [user, rentals, progress] = await Promise.all([
        currentUser(),
        myRentals(locale, controller.signal),
        myProgress(locale, controller.signal),
      ])
      const watchlist = user ? await myWatchlist(locale, controller.signal) : null
      if (controller.signal.aborted) return
      setRows({
        watching: progress.ok
          ? cards(progress.data.docs, (row) => ({ progress: row.progressSeconds / row.durationSeconds }))
          : [],
        rentals: rentals.ok ? cards(rentals.data.docs, (row) => ({ expiresAt: row.expiresAt })) : [],
        watchlist: watchlist?.ok ? cards(watchlist.data.docs) : [],
      })
    })()
    return () => controller.abort()
  }, [locale])

  if (!rows) return null
  return (
    <>
      <Row id="continue-watching" title={t('continueWatching')} cards={rows.watching} locale={locale} />
      <Row id="my-rentals" title={t('myRentals')} cards={rows.rentals} locale={locale} />
      <Row id="my-watchlist" title={watchlistTitle} cards={rows.watchlist} locale={locale} />
    </>
  )
}

function Row({ id, title, cards, locale }: { id: string; title: string; cards: Card[]; locale: Locale }) {
  const t = useTranslations('card')
  if (cards.length === 0) return null
  return (
    <section className="row" aria-labelledby={id} data-testid={id}>
      <h2 id={id}>{title}</h2>
      <ul className="film-row">
        {cards.map(({ film, progress, expiresAt }) => (
          <li key={film.id}>
            <FilmCardView
              film={film}
              locale={locale}
              minutesLabel={film.runtime ? t('minutes', { count: formatNumber(film.runtime, locale) }) : ''}
              comingSoonLabel={t('comingSoon')}
            >
              {progress !== undefined && <progress max={1} value={progress} aria-label={title} />}
              {expiresAt && (
                <p className="rental-left">
                  <RentalTimeLeft expiresAt={expiresAt} />
                </p>
              )}
            </FilmCardView>
          </li>
        ))}
      </ul>
    </section>
  )
}
