import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { derivedKey } from '../config/derivedKey'

export const anonymousCookieName = 'lc_viewer'
export const anonymousMaxAgeSeconds = 90 * 24 * 60 * 60

const idPattern = /^anon_[A-Za-z0-9_-]{32}$/

const signatureOf = (id: string) =>
  createHmac('sha256', derivedKey('anonymous-identity')).update(id).digest('base64url')

/** 192 random bits: unguessable, and the id is all the cookie identifies. */
export function newAnonymousId(): string {
  return `anon_${randomBytes(24).toString('base64url')}`
}

/** The cookie's value: the id and the server's signature of it. */
export function signAnonymousId(id: string): string {
  return `${id}.${signatureOf(id)}`
}

/** The id inside a cookie value, or null when the value was not signed by this server. */
export function verifyAnonymousCookie(value: string | undefined | null): string | null {
  if (!value) return null
  const dot = value.lastIndexOf('.')
  if (dot < 0) return null
  const id = value.slice(0, dot)
  if (!idPattern.test(id)) return null
  const given = Buffer.from(value.slice(dot + 1))
  const expected = Buffer.from(signatureOf(id))
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null
}

export function anonymousSetCookie(id: string): string {
  const secure = process.env.NODE_ENV === 'production' ? '; Secure' : ''
  const attributes = `Path=/; Max-Age=${anonymousMaxAgeSeconds}; HttpOnly; SameSite=Lax${secure}`
  return `${anonymousCookieName}=${signAnonymousId(id)}; ${attributes}`
}
