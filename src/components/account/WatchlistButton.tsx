'use client'
import { useSearchParams } from 'next/navigation'
import { useTranslations } from 'next-intl'
import { useEffect, useRef, useState } from 'react'
import type { Locale } from '@/i18n/locales'
import { localePath } from '@/i18n/paths'
import { ModalDialog } from '../layout/ModalDialog'
import { currentUser } from './currentUser'

type Props = { movieId: number; locale: Locale; filmPath: string; logInLabel: string; signUpLabel: string }
type State = { loggedIn: false } | { loggedIn: true; itemId: number | null }

/**
 * Add to (or remove from) the watchlist. Needs an account: a logged-out viewer gets a dialog
 * offering to log in or sign up, which brings them back here with ?then=watchlist, and the film
 * is added as soon as they arrive.
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
      if (itemId === null && then === 'watchlist') itemId = await addItem(movieId)
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
      await fetch(`/api/watchlist-items/${state.itemId}`, { method: 'DELETE', credentials: 'same-origin' })
      setState({ loggedIn: true, itemId: null })
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
  const r = await fetch(`/api/watchlist-items?where[movie][equals]=${movieId}&depth=0&limit=1`, {
    credentials: 'same-origin',
    cache: 'no-store',
  })
  const body = r.ok ? await r.json() : null
  return body?.docs?.[0]?.id ?? null
}

async function addItem(movieId: number): Promise<number | null> {
  const r = await fetch('/api/watchlist-items', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ movie: movieId }),
  })
  if (r.ok) return (await r.json()).doc.id
  return findItem(movieId) // already there (one row per account and film)
}
