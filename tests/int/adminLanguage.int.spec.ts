import { beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { rest } from './helpers/api'
import { signIn, unique } from './helpers/fixtures'
import { testPayload } from './helpers/payload'

const password = 'pw-ສັນຍານ-admin-language-1234'

async function editorWith(payload: Payload, adminLanguage: 'en' | 'lo' | null) {
  const email = `${unique('translator')}@int.test`
  const user = await payload.create({
    collection: 'users',
    data: { email, password, role: 'editor', displayName: 'ນັກແປ', adminLanguage },
    overrideAccess: true,
  })
  return { email, user }
}

const languageCookie = (headers: Headers) => headers.getSetCookie().find((cookie) => cookie.startsWith('payload-lng='))

describe("each editor's admin language", () => {
  let payload: Payload
  beforeAll(async () => {
    payload = (await testPayload()).payload
    await signIn(payload, 'admin', 'admin')
  })

  it('is applied at login, wherever the editor logs in', async () => {
    const { email } = await editorWith(payload, 'lo')
    const login = await rest('POST', '/users/login', { body: { email, password } })
    expect(login.status).toBe(200)
    expect(languageCookie(login.headers)).toMatch(/^payload-lng=lo;/)
  })

  it('leaves the browser alone for an editor who has not chosen', async () => {
    const { email } = await editorWith(payload, null)
    const login = await rest('POST', '/users/login', { body: { email, password } })
    expect(login.status).toBe(200)
    expect(languageCookie(login.headers)).toBeUndefined()
  })

  it('applies at once when the editor changes it in their account, and stays on the account', async () => {
    const { email, user } = await editorWith(payload, 'en')
    const login = await rest('POST', '/users/login', { body: { email, password } })
    const changed = await rest('PATCH', `/users/${user.id}`, { token: login.body.token, body: { adminLanguage: 'lo' } })
    expect(changed.status).toBe(200)
    expect(languageCookie(changed.headers)).toMatch(/^payload-lng=lo;/)
    const stored = await payload.findByID({ collection: 'users', id: user.id, overrideAccess: true })
    expect(stored.adminLanguage).toBe('lo')
  })

  it("is the editor's own: another editor cannot change it", async () => {
    const { user } = await editorWith(payload, 'en')
    const other = await editorWith(payload, 'en')
    const login = await rest('POST', '/users/login', { body: { email: other.email, password } })
    const attempt = await rest('PATCH', `/users/${user.id}`, { token: login.body.token, body: { adminLanguage: 'lo' } })
    expect(attempt.status).toBeGreaterThanOrEqual(400)
    expect(attempt.status).toBeLessThan(500)
    const stored = await payload.findByID({ collection: 'users', id: user.id, overrideAccess: true })
    expect(stored.adminLanguage).toBe('en')
  })
})
