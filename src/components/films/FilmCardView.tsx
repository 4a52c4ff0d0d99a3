import Image from 'next/image'
import type { ReactNode } from 'react'
import type { Locale } from '@/i18n/locales'
import { localePath } from '@/i18n/paths'
import type { FilmCard } from '@/lib/catalogue'

/** A film's card, rendered on the server in film lists and in the browser in the viewer's own rows. */
export function FilmCardView({
  film,
  locale,
  minutesLabel,
  comingSoonLabel,
  eager = false,
  children,
}: {
  film: FilmCard
  locale: Locale
  minutesLabel: string
  /** Shown over the poster of a film that cannot be rented yet. */
  comingSoonLabel: string
  eager?: boolean
  /** What a viewer's own row adds under the title: how far they got, how long the rental runs. */
  children?: ReactNode
}) {
  const details = [film.year, film.runtime ? minutesLabel : null].filter(Boolean).join(' · ')
  return (
    <article className="film-card" data-testid="film-card">
      <a href={localePath(locale, `/movies/${film.slug}`)} className="film-card-link">
        {film.poster ? (
          <Image
            src={film.poster.url}
            alt=""
            width={film.poster.width}
            height={film.poster.height}
            sizes="(max-width: 480px) 45vw, 200px"
            loading={eager ? 'eager' : 'lazy'}
            fetchPriority={eager ? 'high' : undefined}
          />
        ) : (
          <div className="poster-placeholder" aria-hidden="true" />
        )}
        {film.comingSoon && (
          <span className="card-badge" data-testid="card-coming-soon">
            {comingSoonLabel}
          </span>
        )}
        <div className="meta">
          <h3 className="title">{film.title}</h3>
          {details && <p className="details">{details}</p>}
          {children}
        </div>
      </a>
    </article>
  )
}
