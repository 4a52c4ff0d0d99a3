'use client'
import { useSearchParams } from 'next/navigation'
import { useEffect, useRef, useState } from 'react'
import type { Locale } from '@/i18n/locales'
import { localePath } from '@/i18n/paths'
import { ModalDialog } from '../layout/ModalDialog'
import { currentUser } from './currentUser'

/** The viewer's own row behind the toggle (a watchlist item, a notify-me request), by its id. */
export type OwnRow = {
  find: (movieId: number) => Promise<number | null>
  /** Makes the row; answers its id (an existing one when it was already there), or null. */
  make: (movieId: number, locale: Locale) => Promise<number | null>
  remove: (id: number) => Promise<{ ok: boolean; status: number }>
}

export type AccountToggleText = {
  off: string
  on: string
  onNote: string
  accountRequired: string
  close: string
  logIn: string
  signUp: string
}

type Props = {
  /** The `?then=` value that brings a viewer back from logging in to finish turning it on. */
  intent: string
  /** Defined once, outside any component, so that it stays the same from render to render. */
  row: OwnRow
  movieId: number
  text: AccountToggleText
  locale: Locale
  filmPath: string
  /** The call to action stands out while it is off. */
  primaryWhenOff?: boolean
  testId: string
}

type State = { loggedIn: false } | { loggedIn: true; rowId: number | null }

/**
 * A film's on/off button that needs an account. A logged-out viewer gets a dialog offering to log
 * in or sign up, which brings them back with ?then=<intent>, and it is turned on as soon as they
 * arrive. The intent is then taken out of the address, so a reload (or a bookmark) does not turn
 * on again what the viewer has since turned off.
 */
export function AccountToggle({ intent, row, movieId, text, locale, filmPath, primaryWhenOff, testId }: Props) {
  const then = useSearchParams().get('then')
  const dialog = useRef<HTMLDialogElement>(null)
  const [state, setState] = useState<State | null>(null)
  useEffect(() => {
    let live = true
    void (async () => {
      if (!(await currentUser())) return live && setState({ loggedIn: false })
      let rowId = await row.find(movieId)
      if (then === intent) {
        if (rowId === null) rowId = await row.make(movieId, locale)
        forgetIntent()
      }
      if (live) setState({ loggedIn: true, rowId })
    })()
    return () => {
      live = false
    }
  }, [row, movieId, locale, then, intent])

  async function toggle() {
    if (!state) return
    if (!state.loggedIn) return dialog.current?.showModal()
    if (state.rowId === null) setState({ loggedIn: true, rowId: await row.make(movieId, locale) })
    else {
      const removed = await row.remove(state.rowId)
      if (removed.ok || removed.status === 404) setState({ loggedIn: true, rowId: null })
    }
  }

  const back = { next: `${filmPath}?then=${intent}` }
  const on = state?.loggedIn && state.rowId !== null
  const dialogTextId = `${intent}-account-required`
  return (
    <>
      <button
        type="button"
        className={primaryWhenOff && !on ? 'button button-primary' : 'button'}
        aria-pressed={Boolean(on)}
        aria-busy={state === null}
        onClick={toggle}
        data-testid={testId}
      >
        {on ? text.on : text.off}
      </button>
      {on && (
        <p className={`${intent}-on`} role="status">
          {text.onNote}
        </p>
      )}
      <ModalDialog ref={dialog} labelledBy={dialogTextId} closeLabel={text.close}>
        <p id={dialogTextId}>{text.accountRequired}</p>
        <p>
          <a className="button button-primary" href={localePath(locale, '/login', back)}>
            {text.logIn}
          </a>{' '}
          <a className="button" href={localePath(locale, '/signup', back)}>
            {text.signUp}
          </a>
        </p>
      </ModalDialog>
    </>
  )
}

function forgetIntent() {
  const url = new URL(window.location.href)
  url.searchParams.delete('then')
  window.history.replaceState(window.history.state, '', url)
}
