'use client'
import { useTranslations } from 'next-intl'
import { useEffect, useState, type ReactNode } from 'react'
import type { Locale } from '@/i18n/locales'
import { localePath } from '@/i18n/paths'
import type { BrowseResult } from '@/lib/catalogue'
import { searchFilms } from '../api'
import { FilmList } from '../films/FilmList'
import { siteSearchInputId } from '../layout/siteSearch'

/** Long enough to skip the keystrokes of a word being typed, short enough to feel immediate. */
const typingPauseMs = 200

/**
 * A search's results page, searching as the viewer types in the site's search box: each pause in
 * typing asks /api/movies/search (the search index and the films' cards, no page rendered) and
 * shows its cards here, and the address follows, so a reload or a shared link shows the same.
 * Until the viewer types, and without JavaScript, the page is the server's (`children`, with its
 * filters and page links); Enter in the box still opens that full page for the new text.
 */
export function SearchAsYouType({ locale, q, children }: { locale: Locale; q: string; children: ReactNode }) {
  const t = useTranslations('browse')
  const [live, setLive] = useState<{ q: string; result: BrowseResult } | null>(null)

  useEffect(() => {
    const input = document.getElementById(siteSearchInputId) as HTMLInputElement | null
    if (!input) return
    if (!input.value) input.value = q
    let controller: AbortController | undefined
    let timer: ReturnType<typeof setTimeout> | undefined
    const search = async (text: string) => {
      controller?.abort()
      controller = new AbortController()
      const answer = await searchFilms(locale, text, controller.signal)
      if (!answer.ok) return
      setLive({ q: text, result: answer.data })
      window.history.replaceState(null, '', localePath(locale, '/movies', { q: text }))
    }
    const onInput = () => {
      clearTimeout(timer)
      const text = input.value.trim()
      // An emptied box leaves the results of the last search on screen.
      if (text) timer = setTimeout(() => void search(text), typingPauseMs)
    }
    input.addEventListener('input', onInput)
    return () => {
      input.removeEventListener('input', onInput)
      clearTimeout(timer)
      controller?.abort()
    }
  }, [locale, q])

  if (!live) return children
  const { result } = live
  return (
    <div data-testid="search-as-you-type">
      <h1>{t('resultsFor', { q: live.q })}</h1>
      <p className="result-count" role="status">
        {t('count', { count: result.total })}
      </p>
      {result.films.length ? (
        <FilmList films={result.films} locale={locale} layout="grid" />
      ) : (
        <p className="empty">{t('noResults')}</p>
      )}
      {result.pages > 1 && (
        <nav className="pagination" aria-label={t('pagination')}>
          <a href={localePath(locale, '/movies', { q: live.q, page: 2 })} rel="next">
            {t('next')}
          </a>
        </nav>
      )}
    </div>
  )
}
