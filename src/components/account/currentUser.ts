'use client'

export type CurrentUser = { id: number; email: string; displayName?: string | null }

let pending: Promise<CurrentUser | null> | null = null

/**
 * Who is logged in, asked of the server once per page load however many islands (header, rows,
 * watchlist button) want to know. Pages load in full on every navigation, so it never goes stale.
 */
export function currentUser(): Promise<CurrentUser | null> {
  pending ??= fetch('/api/users/me', { credentials: 'same-origin', cache: 'no-store' })
    .then((r) => (r.ok ? r.json() : null))
    .then((me) => (me?.user as CurrentUser | undefined) ?? null)
    .catch(() => null)
  return pending
}
