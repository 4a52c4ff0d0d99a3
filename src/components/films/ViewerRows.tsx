'use client'
import { useEffect, useState } from 'react'
import type { Locale } from '@/i18n/locales'
import { localePath } from '@/i18n/paths'
import { currentUser } from '../account/currentUser'
import { timeLeft } from '@/lib/rentals/timeLeft'

type Card = { id: number; slug: string; title: string; poster: string | null; progress?: number; expiresAt?: string }
/** `hoursLeft` and `minutesLeft` are templates with {hours} and {minutes}. */
type Labels = { continueWatching: string; myRentals: string; watchlist: string; hoursLeft: string; minutesLeft: string }

/**
 * The viewer's own rows on the home page. Fetched by the browser with the viewer's own
 * session, after the cached page arrives, so no viewer's rows can ever be cached for another.
 */
export function ViewerRows({ locale, labels }: { locale: Locale; labels: Labels }) {
  const [rows, setRows] = useState<{ watching: Card[]; rentals: Card[]; watchlist: Card[] } | null>(null)

  useEffect(() => {
    const controller = new AbortController()
    const get = (path: string) =>
      fetch(path, { credentials: 'same-origin', signal: controller.signal }).then((r) => (r.ok ? r.json() : null))
    void (async () => {
      // Rentals and progress belong to an account or to the browser's anonymous identity; a watchlist, to accounts.
      const [user, rentals, progress] = await Promise.all([
        currentUser(),
        get(`/api/rentals/mine?locale=${locale}`),
        get(`/api/watch-progress/mine?locale=${locale}`),
      ])
      const watchlist = user
        ? await get(`/api/watchlist-items?locale=${locale}&depth=2&limit=12&sort=-createdAt`)
        : null
      const card = (
        movie: {
          id: number
          slug: string
          title: string
          poster?: { sizes?: { card?: { url?: string } }; url?: string } | null
        },
        progress?: number,
      ): Card => ({
        id: movie.id,
        slug: movie.slug,
        title: movie.title,
        poster: movie.poster?.sizes?.card?.url ?? movie.poster?.url ?? null,
        progress,
      })
      setRows({
        watching: (progress?.docs ?? [])
          .filter((row: { movie: unknown }) => typeof row.movie === 'object' && row.movie)
          .map((row: { movie: Parameters<typeof card>[0]; progressSeconds: number; durationSeconds: number }) =>
            card(row.movie, row.progressSeconds / row.durationSeconds),
          ),
        rentals: (rentals?.docs ?? [])
          .filter((row: { movie: unknown }) => typeof row.movie === 'object' && row.movie)
          .map((row: { movie: Parameters<typeof card>[0]; expiresAt: string }) => ({
            ...card(row.movie),
            expiresAt: row.expiresAt,
          })),
        watchlist: (watchlist?.docs ?? [])
          .filter((row: { movie: unknown }) => typeof row.movie === 'object' && row.movie)
          .map((row: { movie: Parameters<typeof card>[0] }) => card(row.movie)),
      })
    })().catch(() => {})
    return () => controller.abort()
  }, [locale])

  if (!rows) return null
  return (
    <>
      {rows.watching.length > 0 && (
        <Row
          id="continue-watching"
          title={labels.continueWatching}
          cards={rows.watching}
          locale={locale}
          labels={labels}
        />
      )}
      {rows.rentals.length > 0 && (
        <Row id="my-rentals" title={labels.myRentals} cards={rows.rentals} locale={locale} labels={labels} />
      )}
      {rows.watchlist.length > 0 && (
        <Row id="my-watchlist" title={labels.watchlist} cards={rows.watchlist} locale={locale} labels={labels} />
      )}
    </>
  )
}

function Row({
  id,
  title,
  cards,
  locale,
  labels,
}: {
  id: string
  title: string
  cards: Card[]
  locale: Locale
  labels: Labels
}) {
  return (
    <section className="row" aria-labelledby={id} data-testid={id}>
      <h2 id={id}>{title}</h2>
      <ul className="film-row">
        {cards.map((film) => (
          <li key={film.id}>
            <article className="film-card" data-testid="film-card">
              <a href={localePath(locale, `/movies/${film.slug}`)} className="film-card-link">
                {film.poster ? (
                  // eslint-disable-next-line @next/next/no-img-element -- a client island; the sized poster comes from Payload
                  <img src={film.poster} alt="" width={400} height={600} loading="lazy" />
                ) : (
                  <div className="poster-placeholder" aria-hidden="true" />
                )}
                <div className="meta">
                  <h3 className="title">{film.title}</h3>
                  {film.progress !== undefined && <progress max={1} value={film.progress} aria-label={title} />}
                  {film.expiresAt && <p className="rental-left">{timeLeftText(film.expiresAt, labels)}</p>}
                </div>
              </a>
            </article>
          </li>
        ))}
      </ul>
    </section>
  )
}

function timeLeftText(expiresAt: string, labels: Labels): string {
  const left = timeLeft(expiresAt)
  return 'hours' in left
    ? labels.hoursLeft.replace('{hours}', String(left.hours))
    : labels.minutesLeft.replace('{minutes}', String(left.minutes))
}
