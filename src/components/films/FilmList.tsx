import { useTranslations } from 'next-intl'
import type { Locale } from '@/i18n/locales'
import type { FilmCard } from '@/lib/catalogue'
import { formatNumber } from '@/lib/format'
import { FilmCardView } from './FilmCardView'

/**
 * A grid (browse, filmography, search as you type) or a horizontal row (home) of film cards: on the
 * server, and in the browser inside an island whose messages include `card`.
 */
export function FilmList({
  films,
  locale,
  layout,
  eagerCount = 0,
}: {
  films: FilmCard[]
  locale: Locale
  layout: 'grid' | 'row'
  eagerCount?: number
}) {
  const t = useTranslations('card')
  return (
    <ul className={layout === 'grid' ? 'film-grid' : 'film-row'}>
      {films.map((film, index) => (
        <li key={film.id}>
          <FilmCardView
            film={film}
            locale={locale}
            eager={index < eagerCount}
            minutesLabel={film.runtime ? t('minutes', { count: formatNumber(film.runtime, locale) }) : ''}
            comingSoonLabel={t('comingSoon')}
          />
        </li>
      ))}
    </ul>
  )
}
