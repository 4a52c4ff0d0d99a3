import { getTranslations } from 'next-intl/server'
import Image from 'next/image'
import type { Locale } from '../../i18n/locales'
import type { FilmCard } from '../../lib/catalogue'
import { formatLak } from '../../lib/format'

export async function FilmGrid({ films, locale }: { films: FilmCard[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'home' })
  return (
    <ul className="film-grid">
      {films.map((film, index) => (
        <li key={film.id} className="film-card" data-testid="film-card">
          {film.poster && (
            <Image
              src={film.poster.url}
              alt={film.poster.alt}
              width={film.poster.width}
              height={film.poster.height}
              sizes="(max-width: 480px) 45vw, 200px"
              priority={index < 4}
            />
          )}
          <div className="meta">
            <h2 className="title">{film.title}</h2>
            <p className="details">
              {[film.year, film.runtime ? t('minutes', { count: film.runtime }) : null].filter(Boolean).join(' · ')}
            </p>
            <p className="details">{t('price', { price: formatLak(film.rentalPriceLak, locale) })}</p>
          </div>
        </li>
      ))}
    </ul>
  )
}
