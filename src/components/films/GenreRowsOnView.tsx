'use client'
import { useTranslations } from 'next-intl'
import { useEffect, useRef, useState } from 'react'
import type { Locale } from '@/i18n/locales'
import { localePath } from '@/i18n/paths'
import type { GenreRow } from '@/lib/catalogue'
import { homeGenreRows } from '../api'
import { FilmList } from './FilmList'

/**
 * The home page's genre rows below the fold: their headings and "see all" links are in the page's
 * HTML (and lead to each genre without JavaScript); their cards load when the rows come near the
 * screen, so the page's HTML does not carry a hundred cards most visitors never scroll to.
 */
export function GenreRowsOnView({ locale, rows }: { locale: Locale; rows: { slug: string; name: string }[] }) {
  const t = useTranslations('home')
  const [films, setFilms] = useState<Map<string, GenreRow['films']>>(new Map())
  const sentinel = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const target = sentinel.current
    if (!target) return
    const controller = new AbortController()
    const observer = new IntersectionObserver(
      async (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return
        observer.disconnect()
        const answer = await homeGenreRows(locale, controller.signal)
        if (answer.ok) setFilms(new Map(answer.data.map((row) => [row.slug, row.films])))
      },
      { rootMargin: '800px 0px' },
    )
    observer.observe(target)
    return () => {
      observer.disconnect()
      controller.abort()
    }
  }, [locale])

  return (
    <div ref={sentinel} data-testid="genre-rows-on-view">
      {rows.map((row) => (
        <section className="row" aria-labelledby={`genre-${row.slug}`} key={row.slug}>
          <div className="row-heading">
            <h2 id={`genre-${row.slug}`}>{row.name}</h2>
            <a href={localePath(locale, '/movies', { genre: row.slug })}>{t('seeAll')}</a>
          </div>
          <FilmList films={films.get(row.slug) ?? []} locale={locale} layout="row" />
        </section>
      ))}
    </div>
  )
}
