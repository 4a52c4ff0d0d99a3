import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, initTransaction, killTransaction } from 'payload'
import { describe, expect, it } from 'vitest'
import { graphql, rest } from './helpers/api'
import { createMovie, signIn, unique } from './helpers/fixtures'
import { testPayload } from './helpers/payload'

describe('users', () => {
  it('the first account created becomes admin, whatever role it asked for; later ones keep theirs', async () => {
    const { payload } = await testPayload()
    // Inside a transaction that is rolled back, so the shared test database keeps its users.
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    try {
      // Empty the users table inside the transaction (rows that point at users go with it).
      const transaction = (
        payload.db as unknown as { sessions: Record<string, { db: { execute: (q: unknown) => Promise<unknown> } }> }
      ).sessions[String(await req.transactionID)]!
      await transaction.db.execute(sql`TRUNCATE users CASCADE`)
      const first = await payload.create({
        collection: 'users',
        data: { email: 'first@int.test', password: 'ສັນຍານ-first-1', role: 'viewer' },
        req,
      })
      const second = await payload.create({
        collection: 'users',
        data: { email: 'second@int.test', password: 'ສັນຍານ-second-1', role: 'viewer' },
        req,
      })
      expect(first.role).toBe('admin')
      expect(second.role).toBe('viewer')
    } finally {
      await killTransaction(req)
    }
  })

  it('only editors and admins reach the admin panel', async () => {
    const { payload } = await testPayload()
    for (const [role, expected] of [
      ['viewer', false],
      ['editor', true],
      ['admin', true],
    ] as const) {
      const { token } = await signIn(payload, role, `panel-${role}`)
      const r = await rest('GET', 'access', { token })
      // Payload drops `canAccessAdmin: false` from the answer, so absent means refused.
      expect(r.body.canAccessAdmin === true).toBe(expected)
    }
    const anonymous = await rest('GET', 'access')
    expect(anonymous.body.canAccessAdmin === true).toBe(false)
  })

  it('the session cookie is HttpOnly and SameSite=Lax, and lasts 30 days', async () => {
    const { payload } = await testPayload()
    await signIn(payload, 'viewer', 'cookie-viewer')
    const r = await rest('POST', 'users/login', {
      body: { email: 'cookie-viewer@int.test', password: 'pw-cookie-viewer-ສັນຍານ-1234' },
    })
    const cookie = r.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^payload-token=/)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
    const expires = new Date(/Expires=([^;]+)/i.exec(cookie)![1]!).getTime()
    expect(Math.round((expires - Date.now()) / 86_400_000)).toBe(30)
  })

  it('sessions last 30 days', async () => {
    const { payload } = await testPayload()
    const { token } = await signIn(payload, 'viewer', 'session-viewer')
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString())
    expect(claims.exp - claims.iat).toBe(30 * 24 * 60 * 60)
  })
})

describe('anonymous GraphQL callers', () => {
  it('see published films but no drafts', async () => {
    const { payload } = await testPayload()
    const draftTitle = unique('Secret draft')
    await createMovie(payload, { title: draftTitle, status: 'draft' })
    const publishedTitle = unique('Public film')
    await createMovie(payload, { title: publishedTitle })
    const r = await graphql(`
      {
        Movies(limit: 1000, draft: true) {
          docs {
            title
            _status
          }
        }
      }
    `)
    const titles = r.body.data.Movies.docs.map((d: { title: string }) => d.title)
    expect(titles).toContain(publishedTitle)
    expect(titles).not.toContain(draftTitle)
  })

  it('see no rentals, watch progress or users of anyone', async () => {
    const { payload } = await testPayload()
    const viewer = await signIn(payload, 'viewer', 'graphql-viewer')
    const movie = await createMovie(payload, { title: 'GraphQL film' })
    await payload.create({
      collection: 'watch-progress',
      overrideAccess: true,
      data: { user: viewer.user.id, movie: movie.id, progressSeconds: 5, durationSeconds: 50 },
    })
    for (const query of ['{ Rentals { totalDocs } }', '{ WatchProgresses { totalDocs } }', '{ Users { totalDocs } }']) {
      const r = await graphql(query)
      expect(r.body.data?.[Object.keys(r.body.data ?? {})[0] ?? ''] ?? null).toBeNull()
      expect(r.body.errors[0].message).toMatch(/not allowed/i)
    }
    const own = await graphql('{ WatchProgresses { docs { progressSeconds } } }', { token: viewer.token })
    expect(own.body.data.WatchProgresses.docs).toEqual([{ progressSeconds: 5 }])
  })
})
