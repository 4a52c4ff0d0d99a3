'use client'
import { useTranslations } from 'next-intl'
import type { Locale } from '@/i18n/locales'
import { addToWatchlist, findWatchlistItem, removeFromWatchlist } from '../api'
import { AccountToggle, type OwnRow } from './AccountToggle'

type Props = { movieId: number; locale: Locale; filmPath: string; logInLabel: string; signUpLabel: string }

/** One row per account and film. */
const watchlistItem: OwnRow = {
  find: async (movieId) => {
    const found = await findWatchlistItem(movieId)
    return found.ok ? (found.data.docs[0]?.id ?? null) : null
  },
  make: async (movieId) => {
    const added = await addToWatchlist(movieId)
    return added.ok ? added.data.doc.id : watchlistItem.find(movieId) // already there
  },
  remove: removeFromWatchlist,
}

/** Add to (or remove from) the watchlist. */
export function WatchlistButton({ movieId, locale, filmPath, logInLabel, signUpLabel }: Props) {
  const t = useTranslations('watchlist')
  const text = {
    off: t('add'),
    on: t('remove'),
    onNote: t('added'),
    accountRequired: t('accountRequired'),
    close: t('close'),
    logIn: logInLabel,
    signUp: signUpLabel,
  }
  return (
    <AccountToggle
      intent="watchlist"
      row={watchlistItem}
      movieId={movieId}
      text={text}
      locale={locale}
      filmPath={filmPath}
      testId="watchlist-button"
    />
  )
}
