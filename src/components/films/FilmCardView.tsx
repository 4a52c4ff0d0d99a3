import Image from 'next/image'
import type { Locale } from '@/i18n/locales'
import { localePath } from '@/i18n/paths'
import type { FilmCard } from '@/lib/catalogue'

export function FilmCardView({
  film,
  locale,
  minutesLabel,
  eager = false,
}: {
  film: FilmCard
  locale: Locale
  minutesLabel: string
  eager?: boolean
}) {
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
        <div className="meta">
          <h3 className="title">{film.title}</h3>
          <p className="details">{[film.year, film.runtime ? minutesLabel : null].filter(Boolean).join(' · ')}</p>
        </div>
      </a>
    </article>
  )
}
