'use client'
import { useSearchParams } from 'next/navigation'
import { useTranslations } from 'next-intl'
import { useEffect, useRef, useState } from 'react'
import type { Locale } from '@/i18n/locales'
import { localePath } from '@/i18n/paths'
import { askToBeNotified, cancelNotifyRequest, findNotifyRequest } from '../api'
import { ModalDialog } from '../layout/ModalDialog'
import { currentUser } from './currentUser'

type Props = { movieId: number; locale: Locale; filmPath: string; logInLabel: string; signUpLabel: string }
type State = { loggedIn: false } | { loggedIn: true; requestId: number | null }

/**
 * "Tell me when it's available", on a coming-soon film. Needs an account (the mail goes to it): a
 * logged-out viewer gets a dialog offering to log in or sign up, which brings them back here with
 * ?then=notify, and the request is made as soon as they arrive (as the watchlist button does).
 */
export function NotifyButton({ movieId, locale, filmPath, logInLabel, signUpLabel }: Props) {
  const t = useTranslations('notify')
  const then = useSearchParams().get('then')
  const dialog = useRef<HTMLDialogElement>(null)
  const [state, setState] = useState<State | null>(null)

  useEffect(() => {
    let live = true
    void (async () => {
      if (!(await currentUser())) return live && setState({ loggedIn: false })
      let requestId = await findRequest(movieId)
      // Back from logging in or signing up to be told: finish what the viewer asked for.
      if (then === 'notify') {
        if (requestId === null) requestId = await ask(movieId, locale)
        forgetIntent()
      }
      if (live) setState({ loggedIn: true, requestId })
    })()
    return () => {
      live = false
    }
  }, [movieId, locale, then])

  async function toggle() {
    if (!state) return
    if (!state.loggedIn) return dialog.current?.showModal()
    if (state.requestId === null) setState({ loggedIn: true, requestId: await ask(movieId, locale) })
    else {
      const cancelled = await cancelNotifyRequest(state.requestId)
      if (cancelled.ok || cancelled.status === 404) setState({ loggedIn: true, requestId: null })
    }
  }

  const back = { next: `${filmPath}?then=notify` }
  const on = state?.loggedIn && state.requestId !== null
  return (
    <>
      <button
        type="button"
        className={on ? 'button' : 'button button-primary'}
        aria-pressed={Boolean(on)}
        aria-busy={state === null}
        onClick={toggle}
        data-testid="notify-button"
      >
        {on ? t('cancel') : t('ask')}
      </button>
      {on && (
        <p className="notify-on" role="status">
          {t('asked')}
        </p>
      )}
      <ModalDialog ref={dialog} labelledBy="notify-account-required" closeLabel={t('close')}>
        <p id="notify-account-required">{t('accountRequired')}</p>
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

async function findRequest(movieId: number): Promise<number | null> {
  const found = await findNotifyRequest(movieId)
  return found.ok ? (found.data.docs[0]?.id ?? null) : null
}

async function ask(movieId: number, locale: Locale): Promise<number | null> {
  const asked = await askToBeNotified(movieId, locale)
  if (asked.ok) return asked.data.doc.id
  return findRequest(movieId) // already asked (one request per account and film)
}

function forgetIntent() {
  const url = new URL(window.location.href)
  url.searchParams.delete('then')
  window.history.replaceState(window.history.state, '', url)
}
