import { createHash } from 'node:crypto'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import en from '../../messages/en.json'
import lo from '../../messages/lo.json'
import { rateLimits } from '@/lib/rateLimits/limits'
import { demoSignature, demoSignatureHeader } from '@/lib/payments/providers/demo'
import { graphql, rest, type ApiResponse } from './helpers/api'
import { createMovie, signIn, unique } from './helpers/fixtures'
import { mailsTo, mimeParts } from './helpers/mail'
import { testPayload } from './helpers/payload'

/**
 * Accounts through the real REST endpoints: the password rules, throttling kept in PostgreSQL,
 * reset tokens, and claiming what a browser rented anonymously.
 */
let payload: Payload

beforeAll(async () => {
  ;({ payload } = await testPayload())
})

const strong = 'ສັນຍານ-strong-password-1'
/** Each test calls from an address of its own, so one test's failures never throttle another. */
const randomByte = () => Math.floor(Math.random() * 250)
const newAddress = () => `203.0.113.${randomByte() + 1}, 10.${randomByte()}.0.${randomByte()}`

async function register(email = `${unique('acct')}@int.test`, password = strong, headers: Record<string, string> = {}) {
  return rest('POST', 'users', { body: { email, password, displayName: 'ສົມໃຈ' }, headers })
}
const login = (email: string, password: string, headers: Record<string, string>) =>
  rest('POST', 'users/login', { body: { email, password }, headers })

describe('registration', () => {
  it('refuses a common or short password, an invalid email and an email already used, naming the field', async () => {
    for (const [password, message] of [
      ['password', /most common/],
      ['Qwertyuiop', /most common/],
      ['ສັນຍານ12', null],
      ['ສັນຍານ1', /at least 8/],
    ] as const) {
      const r = await register(undefined, password)
      if (message === null) {
        expect(r.status).toBe(201)
        continue
      }
      expect(r.status).toBe(400)
      expect(r.body.errors[0].data.errors[0]).toMatchObject({ path: 'password' })
      expect(r.body.errors[0].data.errors[0].message).toMatch(message)
    }
    const invalid = await register('not-an-email')
    expect(invalid.status).toBe(400)
    expect(invalid.body.errors[0].data.errors[0].path).toBe('email')
    const email = `${unique('taken')}@int.test`
    expect((await register(email)).status).toBe(201)
    const again = await register(email)
    expect(again.status).toBe(400)
    expect(again.body.errors[0].data.errors[0].path).toBe('email')
  })
})

describe('throttling', () => {
  /** The stored key of a rate limit (src/lib/rateLimits/rateLimiter.ts keeps keys hashed). */
  const limitKey = (name: string, key: string) => `${name}:${createHash('sha256').update(key).digest('base64url')}`

  it('5 failed logins lock the email for 10 minutes, from anywhere, and the answer says how long to wait', async () => {
    const email = `${unique('lock')}@int.test`
    await register(email)
    const from = { 'x-forwarded-for': newAddress() }
    for (let i = 0; i < 5; i++) expect((await login(email, 'wrong-password-ສັນຍານ', from)).status).toBe(401)
    const locked = await login(email, strong, from)
    expect(locked.status).toBe(429)
    expect(locked.headers.get('retry-after')).toBe('600')
    expect(locked.body.errors[0].message).toBe('Too many failed logins with this email. Try again in 10 minutes.')
    // From anywhere else too, and whatever the letter case: the lock is on the email.
    expect((await login(email.toUpperCase(), strong, { 'x-forwarded-for': newAddress() })).status).toBe(429)
    // Ten minutes later (moved in the database) the right password works again.
    const db = await import('@/lib/database/sqlFor').then((m) => m.sqlFor(payload))
    const key = limitKey(rateLimits.loginFailuresPerEmail.name, email)
    await db.execute(sql`UPDATE rate_limits SET expire = ${Date.now() - 1000} WHERE key = ${key}`)
    expect((await login(email, strong, from)).status).toBe(200)
  })

  it('an unknown email is answered exactly like a wrong password, lock included', async () => {
    const real = `${unique('real')}@int.test`
    await register(real)
    const unknown = `${unique('nobody')}@int.test`
    const answers = async (email: string) => {
      const from = { 'x-forwarded-for': newAddress() }
      const seen = []
      for (let i = 0; i < 6; i++) {
        const r = await login(email, 'wrong-password-ສັນຍານ', from)
        seen.push({ status: r.status, body: r.body, retryAfter: r.headers.get('retry-after') })
      }
      return seen
    }
    const forReal = await answers(real)
    const forUnknown = await answers(unknown)
    expect(forReal.map((a) => a.status)).toEqual([401, 401, 401, 401, 401, 429])
    expect(forUnknown).toEqual(forReal)
    expect(forReal[5]!.retryAfter).toBe('600')
  })

  it("an admin's unlock clears an email's lock", async () => {
    const email = `${unique('unlock')}@int.test`
    await register(email)
    const from = { 'x-forwarded-for': newAddress() }
    for (let i = 0; i < 5; i++) await login(email, 'wrong-password-ສັນຍານ', from)
    expect((await login(email, strong, from)).status).toBe(429)
    const adminEmail = `${unique('admin')}@int.test`
    await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: adminEmail, password: strong, role: 'admin' },
    })
    const { token } = (await login(adminEmail, strong, { 'x-forwarded-for': newAddress() })).body
    // Viewers may not unlock.
    expect((await rest('POST', 'users/unlock', { body: { email } })).status).toBeGreaterThanOrEqual(400)
    expect((await login(email, strong, from)).status).toBe(429)
    expect((await rest('POST', 'users/unlock', { token, body: { email } })).status).toBe(200)
    expect((await login(email, strong, from)).status).toBe(200)
  })

  it('20 failed logins from one address refuse it for 15 minutes (429), any account; others unaffected', async () => {
    const email = `${unique('victim')}@int.test`
    await register(email)
    const attacker = { 'x-forwarded-for': newAddress() }
    for (let i = 0; i < 20; i++)
      expect((await login(`${unique('guess')}@int.test`, 'guess-ສັນຍານ-123', attacker)).status).toBe(401)
    const refused = await login(email, strong, attacker)
    expect(refused.status).toBe(429)
    expect(refused.body.errors[0].message).toBe('Too many attempts from your network. Try again in 15 minutes.')
    expect((await login(email, strong, { 'x-forwarded-for': newAddress() })).status).toBe(200)
  })

  it('forgot-password: one answer for known and unknown emails, and 5 requests per email per 10 minutes', async () => {
    const email = `${unique('forgot')}@int.test`
    await register(email)
    const from = { 'x-forwarded-for': newAddress() }
    const known = await rest('POST', 'users/forgot-password', { body: { email }, headers: from })
    const unknown = await rest('POST', 'users/forgot-password', {
      body: { email: `${unique('nobody')}@int.test` },
      headers: from,
    })
    expect(known.status).toBe(200)
    expect(unknown.status).toBe(200)
    expect(unknown.body).toEqual(known.body)
    for (let i = 0; i < 4; i++)
      expect((await rest('POST', 'users/forgot-password', { body: { email }, headers: from })).status).toBe(200)
    const limited = await rest('POST', 'users/forgot-password', { body: { email }, headers: from })
    expect(limited.status).toBe(429)
    expect(limited.body.errors[0].message).toMatch(
      /^Too many reset requests for this email\. Try again in \d+ minutes?\.$/,
    )
  })
})

describe('reset tokens', () => {
  it('are single-use and expire after an hour', async () => {
    const email = `${unique('reset')}@int.test`
    await register(email)
    const token = await payload.forgotPassword({ collection: 'users', data: { email }, disableEmail: true })
    const reset = (t: string, password: string) =>
      rest('POST', 'users/reset-password', { body: { token: t, password } })
    expect((await reset(token, 'ສັນຍານ-new-password-2')).status).toBe(200)
    expect((await reset(token, 'ສັນຍານ-new-password-3')).status).toBeGreaterThanOrEqual(400)
    expect((await login(email, 'ສັນຍານ-new-password-2', { 'x-forwarded-for': newAddress() })).status).toBe(200)

    const later = await payload.forgotPassword({ collection: 'users', data: { email }, disableEmail: true })
    const row = (
      await payload.find({
        collection: 'users',
        where: { email: { equals: email } },
        showHiddenFields: true,
        overrideAccess: true,
      })
    ).docs[0] as unknown as {
      resetPasswordExpiration: string
    }
    const minutes = (new Date(row.resetPasswordExpiration).getTime() - Date.now()) / 60_000
    expect(minutes).toBeGreaterThan(58)
    expect(minutes).toBeLessThanOrEqual(60)
    const db = await import('@/lib/database/sqlFor').then((m) => m.sqlFor(payload))
    await db.execute(
      sql`UPDATE users SET reset_password_expiration = now() - interval '1 second' WHERE email = ${email}`,
    )
    expect((await reset(later, 'ສັນຍານ-new-password-4')).status).toBeGreaterThanOrEqual(400)
    // A reset to a common password is refused like a registration.
    const third = await payload.forgotPassword({ collection: 'users', data: { email }, disableEmail: true })
    const common = await reset(third, 'password')
    expect(common.status).toBe(400)
    expect(common.body.errors[0].data.errors[0].path).toBe('password')
  })
})

describe('claiming on log-in', () => {
  /** A browser that keeps its cookies, as one does. */
  function browser() {
    const jar: Record<string, string> = {}
    const cookie = () =>
      Object.entries(jar)
        .map(([k, v]) => `${k}=${v}`)
        .join('; ')
    const call = async (method: 'GET' | 'POST', route: string, body?: unknown): Promise<ApiResponse> => {
      const r = await rest(method, route, { body, headers: { cookie: cookie(), 'x-forwarded-for': '198.51.100.7' } })
      for (const set of r.headers.getSetCookie()) {
        const [pair] = set.split(';')
        const eq = pair!.indexOf('=')
        jar[pair!.slice(0, eq)] = pair!.slice(eq + 1)
      }
      return r
    }
    return { jar, call }
  }

  async function rentAnonymously(b: ReturnType<typeof browser>) {
    const movie = await createMovie(payload, { title: 'ສັນຍານ claim', lo: 'ສັນຍານ' })
    const checkout = await b.call('POST', 'payments/checkout', { movie: movie.id })
    const payment = await payload.findByID({
      collection: 'payments',
      id: checkout.body.payment.id,
      overrideAccess: true,
    })
    const body = JSON.stringify({
      type: 'payment.succeeded',
      reference: payment.reference,
      amountLak: payment.amountLak,
      paidAt: new Date().toISOString(),
    })
    const confirmed = await rest('POST', 'payments/webhook/demo', {
      rawBody: body,
      headers: { 'content-type': 'application/json', [demoSignatureHeader]: demoSignature(body) },
    })
    expect(confirmed.status).toBe(200)
    return { movie, anonymousId: payment.anonymousId! }
  }

  it('moves anonymous rentals, payments, progress to the account; newest progress wins; identity retired', async () => {
    const b = browser()
    const { movie, anonymousId } = await rentAnonymously(b)
    const other = await createMovie(payload, { title: 'Second film' })
    const now = Date.now()
    // Anonymous progress on both films: newer than the account's on the first, older on the second.
    await payload.create({
      collection: 'watch-progress',
      overrideAccess: true,
      data: { anonymousId, movie: movie.id, progressSeconds: 900, durationSeconds: 6000 },
    })
    await payload.create({
      collection: 'watch-progress',
      overrideAccess: true,
      data: { anonymousId, movie: other.id, progressSeconds: 100, durationSeconds: 6000 },
    })

    const email = `${unique('claimer')}@int.test`
    const created = await register(email)
    const userId = created.body.doc.id
    await payload.create({
      collection: 'watch-progress',
      overrideAccess: true,
      data: { user: userId, movie: other.id, progressSeconds: 3000, durationSeconds: 6000 },
    })
    const db = await import('@/lib/database/sqlFor').then((m) => m.sqlFor(payload))
    await db.execute(sql`
      UPDATE watch_progress SET last_watched_at = ${new Date(now - 60_000).toISOString()}
      WHERE anonymous_id = ${anonymousId} AND movie_id = ${other.id}`)
    await db.execute(sql`
      UPDATE watch_progress SET last_watched_at = ${new Date(now - 120_000).toISOString()}
      WHERE user_id = ${userId} AND movie_id = ${other.id}`)

    expect((await b.call('POST', 'users/login', { email, password: strong })).status).toBe(200)

    const rentals = await payload.find({
      collection: 'rentals',
      where: { movie: { equals: movie.id } },
      overrideAccess: true,
      depth: 0,
    })
    expect(rentals.docs.map((r) => [r.user, r.anonymousId ?? null])).toEqual([[userId, null]])
    const payments = await payload.find({
      collection: 'payments',
      where: { movie: { equals: movie.id } },
      overrideAccess: true,
      depth: 0,
    })
    expect(payments.docs.every((p) => p.user === userId && !p.anonymousId)).toBe(true)
    const progress = await payload.find({
      collection: 'watch-progress',
      where: { user: { equals: userId } },
      overrideAccess: true,
      depth: 0,
      sort: 'movie',
    })
    expect(progress.docs.map((p) => [p.movie, p.progressSeconds])).toEqual([
      [movie.id, 900],
      [other.id, 100], // the anonymous position was watched more recently
    ])
    expect(
      (
        await payload.count({
          collection: 'watch-progress',
          where: { anonymousId: { equals: anonymousId } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(0)

    // The account sees its rental through the API now.
    const mine = await rest('GET', `rentals/status?movie=${movie.id}`, {
      headers: {
        cookie: Object.entries(b.jar)
          .map(([k, v]) => `${k}=${v}`)
          .join('; '),
      },
    })
    expect(mine.body.state).toBe('active')
  })

  it('a second browser with a copy of the claimed cookie claims and sees nothing, rents as someone new', async () => {
    const b = browser()
    const { movie, anonymousId } = await rentAnonymously(b)
    const stolen = b.jar.lc_viewer!
    const email = `${unique('owner')}@int.test`
    await register(email)
    expect((await b.call('POST', 'users/login', { email, password: strong })).status).toBe(200)

    const thief = browser()
    thief.jar.lc_viewer = stolen
    expect((await thief.call('GET', `rentals/status?movie=${movie.id}`)).body.state).toBe('none')
    const thiefEmail = `${unique('thief')}@int.test`
    const thiefAccount = await register(thiefEmail)
    expect((await thief.call('POST', 'users/login', { email: thiefEmail, password: strong })).status).toBe(200)
    expect(
      (
        await payload.count({
          collection: 'rentals',
          where: { user: { equals: thiefAccount.body.doc.id } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(0)

    const anonymousThief = browser()
    anonymousThief.jar.lc_viewer = stolen
    const checkout = await anonymousThief.call('POST', 'payments/checkout', { movie: movie.id })
    expect(checkout.status).toBe(201)
    expect(anonymousThief.jar.lc_viewer).not.toBe(stolen)
    const payment = await payload.findByID({
      collection: 'payments',
      id: checkout.body.payment.id,
      overrideAccess: true,
    })
    expect(payment.anonymousId).not.toBe(anonymousId)
  })
})

describe('deleting an account', () => {
  it('removes the personal data and keeps the rentals, payments and progress, anonymised', async () => {
    const email = `${unique('leaver')}@int.test`
    const created = await register(email)
    const userId = created.body.doc.id
    const movie = await createMovie(payload, { title: 'Leaving film' })
    const { createPaidRental } = await import('./helpers/fixtures')
    const { rental, payment } = await createPaidRental(payload, { user: userId }, movie.id)
    await payload.create({
      collection: 'watch-progress',
      overrideAccess: true,
      data: { user: userId, movie: movie.id, progressSeconds: 60, durationSeconds: 600 },
    })
    const { token } = (await login(email, strong, { 'x-forwarded-for': newAddress() })).body

    const deleted = await rest('DELETE', `users/${userId}`, { token })
    expect(deleted.status).toBe(200)
    expect(
      await payload.count({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true }),
    ).toMatchObject({ totalDocs: 0 })
    const kept = await payload.findByID({ collection: 'rentals', id: rental.id, overrideAccess: true, depth: 0 })
    expect(kept.user ?? null).toBeNull()
    expect(kept.anonymousId).toMatch(/^deleted_/)
    const keptPayment = await payload.findByID({
      collection: 'payments',
      id: payment.id,
      overrideAccess: true,
      depth: 0,
    })
    expect(keptPayment).toMatchObject({ anonymousId: kept.anonymousId, amountLak: 20000, status: 'paid' })
    expect(
      await payload.count({
        collection: 'watch-progress',
        where: { anonymousId: { equals: kept.anonymousId } },
        overrideAccess: true,
      }),
    ).toMatchObject({ totalDocs: 1 })
  })
})

describe('changing the email', () => {
  it('asks for the password, refuses a taken address, and moves the log-in to the new address', async () => {
    const email = `${unique('mover')}@int.test`
    await register(email)
    const from = { 'x-forwarded-for': newAddress() }
    const { token } = (await login(email, strong, from)).body
    const newEmail = `${unique('moved')}@int.test`
    expect((await rest('POST', 'users/change-email', { body: { email: newEmail, password: strong } })).status).toBe(401)
    const wrong = await rest('POST', 'users/change-email', {
      token,
      body: { email: newEmail, password: 'not-it-ສັນຍານ' },
      headers: from,
    })
    expect(wrong.status).toBe(401)
    expect(wrong.body.errors[0].field).toBe('password')
    const invalid = await rest('POST', 'users/change-email', {
      token,
      body: { email: 'nope', password: strong },
      headers: from,
    })
    expect(invalid.status).toBe(400)
    expect(invalid.body.errors[0].field).toBe('email')
    const taken = `${unique('taken')}@int.test`
    await register(taken)
    expect(
      (await rest('POST', 'users/change-email', { token, body: { email: taken, password: strong }, headers: from }))
        .body.errors[0].field,
    ).toBe('email')

    const moved = await rest('POST', 'users/change-email', {
      token,
      body: { email: newEmail, password: strong },
      headers: from,
    })
    expect(moved.status).toBe(200)
    expect((await login(email, strong, from)).status).toBe(401)
    expect((await login(newEmail, strong, from)).status).toBe(200)
    // The session that asked is still good.
    expect((await rest('GET', 'users/me', { token })).body.user?.email).toBe(newEmail)
  })
})

describe('changing the password', () => {
  it('ends every other session and keeps the one that changed it', async () => {
    const email = `${unique('changer')}@int.test`
    await register(email)
    const from = { 'x-forwarded-for': newAddress() }
    const here = (await login(email, strong, from)).body
    const elsewhere = (await login(email, strong, from)).body
    expect((await rest('GET', 'users/me', { token: elsewhere.token })).body.user?.email).toBe(email)
    const changed = await rest('PATCH', `users/${here.user.id}`, {
      token: here.token,
      body: { password: 'ສັນຍານ-changed-password-9', currentPassword: strong },
      headers: from,
    })
    expect(changed.status).toBe(200)
    // Only the session that changed it is left (the current-password check closed its own).
    const stored = await payload.findByID({ collection: 'users', id: here.user.id, overrideAccess: true, depth: 0 })
    expect(stored.sessions).toHaveLength(1)
    expect((await rest('GET', 'users/me', { token: elsewhere.token })).body.user).toBeNull()
    expect((await rest('GET', 'users/me', { token: here.token })).body.user?.email).toBe(email)
    expect((await login(email, strong, from)).status).toBe(401)
  })
})

describe('logging out of every device', () => {
  it('ends every session of the account, not only the one that asked', async () => {
    const email = `${unique('everywhere')}@int.test`
    await register(email)
    const from = { 'x-forwarded-for': newAddress() }
    const here = (await login(email, strong, from)).body
    const elsewhere = (await login(email, strong, from)).body
    const out = await rest('POST', 'users/logout?allSessions=true', { token: here.token })
    expect(out.status).toBe(200)
    expect((await rest('GET', 'users/me', { token: elsewhere.token })).body.user).toBeNull()
    expect((await rest('GET', 'users/me', { token: here.token })).body.user).toBeNull()
  })
})

describe('changing your own email or password needs the current password, on every path', () => {
  async function account() {
    const email = `${unique('owner')}@int.test`
    await register(email)
    const from = { 'x-forwarded-for': newAddress() }
    const { token, user } = (await login(email, strong, from)).body
    return { email, from, token: token as string, id: user.id as number }
  }
  const storedEmail = async (id: number) =>
    (await payload.findByID({ collection: 'users', id, overrideAccess: true, depth: 0 })).email

  it('REST PATCH /api/users/:self: a new email or password without currentPassword is refused, naming it', async () => {
    const me = await account()
    for (const body of [
      { email: `${unique('new')}@int.test` },
      { password: 'ສັນຍານ-another-password-5' },
      { email: `${unique('new')}@int.test`, currentPassword: '' },
    ]) {
      const r = await rest('PATCH', `users/${me.id}`, { token: me.token, body, headers: me.from })
      expect(r.status).toBe(400)
      expect(r.body.errors[0].data.errors[0].path).toBe('currentPassword')
    }
    expect(await storedEmail(me.id)).toBe(me.email)
    expect((await login(me.email, strong, me.from)).status).toBe(200)
    // The same email as now, or a change of name only, needs nothing.
    expect(
      (
        await rest('PATCH', `users/${me.id}`, {
          token: me.token,
          body: { email: me.email.toUpperCase(), displayName: 'ນາງ ດາວ' },
          headers: me.from,
        })
      ).status,
    ).toBe(200)
  })

  it('a wrong current password is refused with 401 and counts as a failed log-in', async () => {
    const me = await account()
    const r = await rest('PATCH', `users/${me.id}`, {
      token: me.token,
      body: { email: `${unique('new')}@int.test`, currentPassword: 'not-it-ສັນຍານ' },
      headers: me.from,
    })
    expect(r.status).toBe(401)
    expect(JSON.stringify(r.body.errors)).toContain('currentPassword')
    expect(await storedEmail(me.id)).toBe(me.email)
    // Four more wrong guesses make five failed log-ins: the email is locked, for the log-in form too.
    for (let attempt = 0; attempt < 4; attempt++) {
      expect(
        (
          await rest('PATCH', `users/${me.id}`, {
            token: me.token,
            body: { password: 'ສັນຍານ-another-one-9', currentPassword: 'not-it-ສັນຍານ' },
            headers: me.from,
          })
        ).status,
      ).toBe(401)
    }
    expect((await login(me.email, strong, me.from)).status).toBe(429)
  })

  it('with the current password, email and password change; the current one is never stored or returned', async () => {
    const me = await account()
    const newEmail = `${unique('changed')}@int.test`
    const newPassword = 'ສັນຍານ-brand-new-password-7'
    const r = await rest('PATCH', `users/${me.id}`, {
      token: me.token,
      body: { email: newEmail, password: newPassword, currentPassword: strong },
      headers: me.from,
    })
    expect(r.status).toBe(200)
    expect(r.body.doc.email).toBe(newEmail)
    expect(JSON.stringify(r.body)).not.toContain(strong)
    expect(r.body.doc).not.toHaveProperty('currentPassword')
    expect((await login(newEmail, newPassword, me.from)).status).toBe(200)
    expect((await login(newEmail, strong, me.from)).status).toBe(401)
    const { rows } = await (
      payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: unknown[] }> } }
    ).drizzle.execute(
      sql`SELECT column_name FROM information_schema.columns
        WHERE table_name = 'users' AND column_name ILIKE '%current%'`,
    )
    expect(rows).toEqual([])
    const read = await rest('GET', `users/${me.id}`, {
      token: (await login(newEmail, newPassword, me.from)).body.token,
    })
    expect(read.body).not.toHaveProperty('currentPassword')
  })

  it('REST PATCH /api/users?where=… (the bulk update) asks for it too', async () => {
    const me = await account()
    const r = await rest('PATCH', `users?where[id][equals]=${me.id}`, {
      token: me.token,
      body: { email: `${unique('bulk')}@int.test` },
      headers: me.from,
    })
    expect(r.status).toBe(400)
    expect(await storedEmail(me.id)).toBe(me.email)
  })

  it('GraphQL updateUser: refused without the current password, done with it', async () => {
    const me = await account()
    const newEmail = `${unique('graphql')}@int.test`
    const without = await graphql(`mutation { updateUser(id: ${me.id}, data: { email: "${newEmail}" }) { email } }`, {
      token: me.token,
    })
    expect(without.body.errors?.[0]?.message).toBeTruthy()
    expect(without.body.data?.updateUser ?? null).toBeNull()
    const wrongPassword = await graphql(
      `mutation { updateUser(id: ${me.id},
        data: { password: "ສັນຍານ-graphql-password-3", currentPassword: "nope-ສັນຍານ" }) { email } }`,
      {
        token: me.token,
      },
    )
    expect(wrongPassword.body.data?.updateUser ?? null).toBeNull()
    expect(await storedEmail(me.id)).toBe(me.email)
    const done = await graphql(
      `mutation { updateUser(id: ${me.id},
        data: { email: "${newEmail}", currentPassword: ${JSON.stringify(strong)} }) { email } }`,
      {
        token: me.token,
      },
    )
    expect(done.body.data.updateUser.email).toBe(newEmail)
  })

  it('an admin changes another user’s email and role with no password, logged; their own email needs it', async () => {
    const admin = await signIn(payload, 'admin', 'admin')
    const target = await account()
    const info = vi.spyOn(payload.logger, 'info')
    const newEmail = `${unique('by-admin')}@int.test`
    const r = await rest('PATCH', `users/${target.id}`, {
      token: admin.token,
      body: { email: newEmail, role: 'editor' },
    })
    expect(r.status).toBe(200)
    expect(await storedEmail(target.id)).toBe(newEmail)
    const logged = info.mock.calls.find(([fields]) => (fields as { targetId?: number })?.targetId === target.id)
    expect(logged?.[0]).toEqual({ adminId: admin.user.id, targetId: target.id, fields: ['email', 'role'] })
    info.mockRestore()
    const own = await rest('PATCH', `users/${admin.user.id}`, {
      token: admin.token,
      body: { email: `${unique('admin')}@int.test` },
    })
    expect(own.status).toBe(400)
  })

  it('a viewer still cannot change another user’s email, with or without a password', async () => {
    const me = await account()
    const other = await account()
    const r = await rest('PATCH', `users/${other.id}`, {
      token: me.token,
      body: { email: `${unique('hijack')}@int.test`, currentPassword: strong },
      headers: me.from,
    })
    expect(r.status).toBeGreaterThanOrEqual(400)
    expect(await storedEmail(other.id)).toBe(other.email)
  })
})

describe('the password reset email', () => {
  it('has a text/plain part with the HTML part’s words and link, in the viewer’s language first', async () => {
    const email = `${unique('plain')}@int.test`
    const created = await rest('POST', 'users', {
      body: { email, password: strong, displayName: 'ນາງ ແກ້ວ', preferredLocale: 'lo' },
    })
    expect(created.status).toBe(201)
    const sent = await rest('POST', 'users/forgot-password', {
      body: { email },
      headers: { 'x-forwarded-for': newAddress() },
    })
    expect(sent.status).toBe(200)

    const [mail] = await vi.waitFor(async () => {
      const mails = await mailsTo(email)
      expect(mails).toHaveLength(1)
      return mails
    })
    const parts = mimeParts(mail!)
    expect(parts.map((part) => part.contentType).sort()).toEqual(['text/html', 'text/plain'])
    const text = parts.find((part) => part.contentType === 'text/plain')!.body
    const html = parts.find((part) => part.contentType === 'text/html')!.body
    expect(text).not.toMatch(/[<>]/)
    const lines = [
      lo.resetEmail.greeting.replace('{name}', 'ນາງ ແກ້ວ'),
      lo.resetEmail.body,
      lo.resetEmail.ignore,
      en.resetEmail.greeting.replace('{name}', 'ນາງ ແກ້ວ'),
      en.resetEmail.body,
      en.resetEmail.ignore,
    ]
    const positions = lines.map((line) => text.indexOf(line))
    for (const [i, position] of positions.entries()) expect(position, lines[i]).toBeGreaterThan(-1)
    // Lao first, as the viewer prefers, then English.
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
    const links = (s: string) =>
      [...s.matchAll(/https?:\/\/\S+?\/(en|lo)\/reset-password\?token=[0-9a-f]+/g)].map((m) => m[0])
    expect(links(text)).toHaveLength(2)
    expect(links(text)[0]).toContain('/lo/reset-password')
    expect(new Set(links(text))).toEqual(new Set(links(html)))
  })
})
