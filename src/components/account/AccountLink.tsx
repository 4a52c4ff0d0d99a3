'use client'
import { useEffect, useState } from 'react'

type Props = { locale: string; logIn: string; profile: string }

/**
 * The header's account link: the viewer's display name once the browser knows who they are, else
 * "Log in". Fetched after the cached page arrives, so no viewer's name is ever cached for another.
 */
export function AccountLink({ locale, logIn, profile }: Props) {
  const [name, setName] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    void fetch('/api/users/me', { credentials: 'same-origin', cache: 'no-store' })
      .then((r) => (r.ok ? r.json() : null))
      .then((me) => live && me?.user && setName(me.user.displayName || me.user.email))
      .catch(() => {})
    return () => {
      live = false
    }
  }, [])
  return name ? (
    <a href={`/${locale}/profile`} className="account-link" data-testid="account-name" aria-label={`${profile}: ${name}`}>
      {name}
    </a>
  ) : (
    <a href={`/${locale}/login`} className="account-link">
      {logIn}
    </a>
  )
}
