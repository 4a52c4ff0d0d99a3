'use client'
import type { User } from '../../../payload-types'
import { me } from '../api'

export type CurrentUser = Pick<User, 'id' | 'email' | 'displayName'>

let pending: Promise<CurrentUser | null> | null = null
const listeners = new Set<(user: CurrentUser | null) => void>()

/**
 * Who is logged in, asked of the server once per page load however many islands (header, rows,
 * watchlist button) want to know. Pages load in full on every navigation, so it goes stale only
 * when something on the page itself signs the viewer in: that calls `refreshCurrentUser`.
 */
export function currentUser(): Promise<CurrentUser | null> {
  pending ??= me().then((answer) => (answer.ok ? answer.data.user : null))
  return pending
}

/** Asks again, and tells every island that listens (the header's account link). */
export async function refreshCurrentUser(): Promise<CurrentUser | null> {
  pending = null
  const user = await currentUser()
  for (const listener of listeners) listener(user)
  return user
}

export function onCurrentUserChange(listener: (user: CurrentUser | null) => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
