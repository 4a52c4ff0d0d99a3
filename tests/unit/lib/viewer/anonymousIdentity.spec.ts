import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  anonymousSetCookie,
  newAnonymousId,
  signAnonymousId,
  verifyAnonymousCookie,
} from '@/lib/viewer/anonymousIdentity'
import { identityFromRequest } from '@/lib/viewer/resolveViewer'

describe('the anonymous identity cookie', () => {
  beforeEach(() => vi.stubEnv('PAYLOAD_SECRET', 'unit-test-secret-ສັນຍານ'))
  afterEach(() => vi.unstubAllEnvs())

  it('is a fresh, unguessable id each time', () => {
    const ids = new Set(Array.from({ length: 1000 }, newAnonymousId))
    expect(ids.size).toBe(1000)
    for (const id of ids) expect(id).toMatch(/^anon_[A-Za-z0-9_-]{32}$/)
  })

  it('verifies what this server signed, and nothing else', () => {
    const id = newAnonymousId()
    const value = signAnonymousId(id)
    expect(verifyAnonymousCookie(value)).toBe(id)
    const [, signature] = value.split('.') as [string, string]
    expect(verifyAnonymousCookie(id)).toBeNull()
    expect(verifyAnonymousCookie(`${id}.`)).toBeNull()
    expect(verifyAnonymousCookie(`${newAnonymousId()}.${signature}`)).toBeNull()
    expect(verifyAnonymousCookie(`${id}.${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`)).toBeNull()
    expect(verifyAnonymousCookie(`../../etc.${signature}`)).toBeNull()
    vi.stubEnv('PAYLOAD_SECRET', 'another-server')
    expect(verifyAnonymousCookie(value)).toBeNull()
  })

  it('is HttpOnly, SameSite=Lax, 90 days, and Secure in production', () => {
    expect(anonymousSetCookie(newAnonymousId())).toMatch(/; Path=\/; Max-Age=7776000; HttpOnly; SameSite=Lax$/)
    vi.stubEnv('NODE_ENV', 'production')
    expect(anonymousSetCookie(newAnonymousId())).toMatch(/; HttpOnly; SameSite=Lax; Secure$/)
  })

  it('names the viewer only through the cookie: a logged-in user first, never an id from elsewhere', () => {
    const id = newAnonymousId()
    const cookie = `theme=dark; lc_viewer=${signAnonymousId(id)}`
    expect(identityFromRequest({ headers: new Headers({ cookie }) })).toEqual({ kind: 'anonymous', anonymousId: id })
    expect(
      identityFromRequest({ headers: new Headers({ 'x-anonymous-id': id, cookie: `lc_viewer=${id}` }) }),
    ).toBeNull()
    const user = { id: 7, collection: 'users', email: 'a@b.la' } as never
    expect(identityFromRequest({ user, headers: new Headers({ cookie }) })).toMatchObject({
      kind: 'user',
      user: { id: 7 },
    })
  })
})
