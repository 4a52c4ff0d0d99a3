'use client'
import { useEffect, useState } from 'react'
import type { Locale } from '@/i18n/locales'
import { localePath } from '@/i18n/paths'
import { AccountIcon } from '../layout/icons'
import { currentUser, onCurrentUserChange, type CurrentUser } from './currentUser'

type Props = { locale: Locale; logIn: string; profile: string }

/**
 * The header's account link: the viewer's display name once the browser knows who they are, else
 * "Log in". Fetched after the cached page arrives, so no viewer's name is ever cached for another.
 */
export function AccountLink({ locale, logIn, profile }: Props) {
  const [name, setName] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    const show = (user: CurrentUser | null) => live && setName(user ? user.displayName || user.email : null)
    void currentUser().then(show)
    const stopListening = onCurrentUserChange(show)
    return () => {
      live = false
      stopListening()
    }
  }, [])
  return name ? (
    <a
      href={localePath(locale, '/profile')}
      className="account-link"
      data-testid="account-name"
      aria-label={`${profile}: ${name}`}
    >
      <AccountIcon />
      <span className="header-label">{name}</span>
    </a>
  ) : (
    <a href={localePath(locale, '/login')} className="account-link">
      <AccountIcon />
      <span className="header-label">{logIn}</span>
    </a>
  )
}
