'use client'
import { useSearchParams } from 'next/navigation'
import { useTranslations } from 'next-intl'
import { useEffect, useRef, useState } from 'react'
import type { Locale } from '@/i18n/locales'
import { localePath } from '@/i18n/paths'
import { addToWatchlist, findWatchlistItem, removeFromWatchlist } from '../api'
import { ModalDialog } from '../layout/ModalDialog'
import { currentUser } from './currentUser'

type Props = { movieId: number; locale: Locale; filmPath: string; logInLabel: string; signUpLabel: string }
type State = { loggedIn: false } | { loggedIn: true; itemId: number | null }

/**
 * Add to (or remove from) the watchlist. Needs an account: a logged-out viewer gets a dialog
 * offering to log in or sign up, which brings them back here with ?then=watchlist, and the film
 * is added as soon as they arrive. The intent is then taken out of the address, so a reload (or a
 * bookmark) does not add again a film the viewer has since removed.
 */
export function WatchlistButton({ movieId, locale, filmPath, logInLabel, signUpLabel }: Props) {
  const t = useTranslations('watchlist')
  const then = useSearchParams().get('then')
  const dialog = useRef<HTMLDialogElement>(null)
  const [state, setState] = useState<State | null>(null)

  useEffect(() => {
    let live = true
    void (async () => {
      if (!(await currentUser())) return live && setState({ loggedIn: false })
      let itemId = await findItem(movieId)
      // Back from logging in or signing up to add this film: finish what the viewer asked for.
      if (then === 'watchlist') {
        if (itemId === null) itemId = await addItem(movieId)
        forgetIntent()
      }
      if (live) setState({ loggedIn: true, itemId })
    })()
    return () => {
      live = false
    }
  }, [movieId, then])

  async function toggle() {
    if (!state) return
    if (!state.loggedIn) return dialog.current?.showModal()
    if (state.itemId === null) setState({ loggedIn: true, itemId: await addItem(movieId) })
    else {
      const removed = await removeFromWatchlist(state.itemId)
      if (removed.ok || removed.status === 404) setState({ loggedIn: true, itemId: null })
    }
  }

  const back = { next: `${filmPath}?then=watchlist` }
  const on = state?.loggedIn && state.itemId !== null
  return (
    <>
      <button
        type="button"
        className="button"
        aria-pressed={Boolean(on)}
        aria-busy={state === null}
        onClick={toggle}
        data-testid="watchlist-button"
      >
        {on ? t('remove') : t('add')}
      </button>
      {on && <span className="watchlist-on">{t('added')}</span>}
      <ModalDialog ref={dialog} labelledBy="account-required" closeLabel={t('close')}>
        <p id="account-required">{t('accountRequired')}</p>
        <p>
          <a className="button button-primary" href={localePath(locale, '/login', back)}>
            {logInLabel}
          </a>{' '}
          <a className="button" href={localePath(locale, '/signup', back)}>
            {signUpLabel}
          </a>
        </p>
      </ModalDialog>
    </>
  )
}

async function findItem(movieId: number): Promise<number | null> {
  const found = await findWatchlistItem(movieId)
  return found.ok ? (found.data.docs[0]?.id ?? null) : null
}

async function addItem(movieId: number): Promise<number | null> {
  const added = await addToWatchlist(movieId)
  if (added.ok) return added.data.doc.id
  return findItem(movieId) // already there (one row per account and film)
}

function forgetIntent() {
  const url = new URL(window.location.href)
  url.searchParams.delete('then')
  window.history.replaceState(window.history.state, '', url)
}
