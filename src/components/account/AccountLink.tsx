'use client'
import { useEffect, useState } from 'react'
import { AccountIcon } from '../layout/icons'
import { currentUser } from './currentUser'

type Props = { locale: string; logIn: string; profile: string }

/**
 * The header's account link: the viewer's display name once the browser knows who they are, else
 * "Log in". Fetched after the cached page arrives, so no viewer's name is ever cached for another.
 */
export function AccountLink({ locale, logIn, profile }: Props) {
  const [name, setName] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    void currentUser().then((user) => live && user && setName(user.displayName || user.email))
    return () => {
      live = false
    }
  }, [])
  return name ? (
    <a
      href={`/${locale}/profile`}
      className="account-link"
      data-testid="account-name"
      aria-label={`${profile}: ${name}`}
    >
      <AccountIcon />
      <span className="header-label">{name}</span>
    </a>
  ) : (
    <a href={`/${locale}/login`} className="account-link">
      <AccountIcon />
      <span className="header-label">{logIn}</span>
    </a>
  )
}
