import { createHash } from 'node:crypto'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { PlaybackEventType } from '@/lib/analytics/playbackEvents'
import { filmFigures, periodOfDays } from '@/lib/analytics/filmFigures'
import { createPlaybackReporter } from '@/lib/analytics/playbackReporter'
import { recordPlaybackEvents, viewerKeyOf } from '@/lib/analytics/recordPlaybackEvents'
import { sqlFor } from '@/lib/database/sqlFor'
import { anonymousCookieName, newAnonymousId, signAnonymousId } from '@/lib/viewer/anonymousIdentity'
import type { Viewer } from '@/lib/viewer/resolveViewer'
import { rest } from './helpers/api'
import { createMovie, createPaidRental, signInEveryone, unique, type SignedIn } from './helpers/fixtures'
import { testPayload } from './helpers/payload'

/** Playback analytics: the report endpoint on the real database, and the figures computed from what it stores. */
let payload: Payload
let viewer: SignedIn
let otherViewer: SignedIn
let movieId: number

beforeAll(async () => {
  ;({ payload } = await testPayload())
  ;({ viewer, otherViewer } = await signInEveryone(payload))
  movieId = (await createMovie(payload, { title: 'Analytics film' })).id
  await createPaidRental(payload, { user: viewer.user.id }, movieId)
})

type Caller = { token?: string; cookie?: string }

const anonymousRenter = async (film = movieId) => {
  const anonymousId = newAnonymousId()
  await createPaidRental(payload, { anonymousId }, film)
  return { anonymousId, cookie: `${anonymousCookieName}=${signAnonymousId(anonymousId)}` }
}

const sessionId = () => unique('session').replace(/-/g, '_')

const event = (type: PlaybackEventType, extra: Record<string, unknown> = {}) => ({
  type,
  at: new Date().toISOString(),
  positionSeconds: 12.5,
  ...extra,
})

function report(caller: Caller, body: unknown) {
  return rest('POST', 'video-analytics/events', {
    token: caller.token,
    headers: caller.cookie ? { cookie: caller.cookie } : {},
    body,
  })
}

const storedFor = (session: string) =>
  payload.find({
    collection: 'video-analytics',
    where: { sessionId: { equals: session } },
    sort: 'id',
    limit: 1000,
    depth: 0,
    overrideAccess: true,
  })

describe('reporting playback events', () => {
  it('stores a renter’s batch under a viewer key that names neither the user nor the anonymous id', async () => {
    const session = sessionId()
    const r = await report(viewer, {
      movie: movieId,
      sessionId: session,
      events: [
        event('start', { positionSeconds: 0 }),
        event('startup', { value: 850 }),
        event('quality', { detail: '360p' }),
        event('heartbeat', { value: 10 }),
      ],
    })
    expect(r.status).toBe(202)
    expect(r.body).toEqual({ accepted: 4 })
    const { docs } = await storedFor(session)
    expect(docs.map((d) => [d.type, d.positionSeconds, d.value ?? null, d.detail ?? null])).toEqual([
      ['start', 0, null, null],
      ['startup', 12.5, 850, null],
      ['quality', 12.5, null, '360p'],
      ['heartbeat', 12.5, 10, null],
    ])
    const keys = new Set(docs.map((d) => d.viewerKey))
    expect(keys.size).toBe(1)
    const [key] = keys
    expect(key).not.toBe(String(viewer.user.id))
    expect(key).not.toMatch(/user|@/)
    // Keyed: not a plain hash anyone could compute from a user id.
    expect(key).not.toBe(createHash('sha256').update(`user:${viewer.user.id}`).digest('base64url'))
    expect(Object.keys(docs[0]!)).not.toContain('user')
    expect(docs.every((d) => d.movie === movieId)).toBe(true)

    const anonymous = await anonymousRenter()
    const anonymousSession = sessionId()
    expect(
      (
        await report(
          { cookie: anonymous.cookie },
          { movie: movieId, sessionId: anonymousSession, events: [event('start')] },
        )
      ).status,
    ).toBe(202)
    const [row] = (await storedFor(anonymousSession)).docs
    expect(row!.viewerKey).not.toContain(anonymous.anonymousId)
    expect(row!.viewerKey).not.toContain(anonymous.anonymousId.replace(/^anon_/, ''))
    expect(row!.viewerKey).not.toBe(key)
    // The same viewer always gets the same key, so unique viewers can be counted.
    expect(row!.viewerKey).toBe(viewerKeyOf({ kind: 'anonymous', anonymousId: anonymous.anonymousId }))
    expect(
      JSON.stringify(
        await payload.findByID({ collection: 'video-analytics', id: row!.id, depth: 0, overrideAccess: true }),
      ),
    ).not.toContain(anonymous.anonymousId)
  })

  it('refuses viewers without an active rental of the film (403), and films that are not published (404)', async () => {
    const body = () => ({ movie: movieId, sessionId: sessionId(), events: [event('start')] })
    const before = await payload.count({ collection: 'video-analytics', overrideAccess: true })

    const nobody = await report({}, body())
    expect(nobody.status).toBe(403)
    expect(nobody.body.errors[0].message).toMatch(/renting/)
    const cookieWithoutRental = `${anonymousCookieName}=${signAnonymousId(newAnonymousId())}`
    expect((await report({ cookie: cookieWithoutRental }, body())).status).toBe(403)
    expect((await report(otherViewer, body())).status).toBe(403)
    // A forged cookie is nobody.
    const forged = `${anonymousCookieName}=${newAnonymousId()}.not-our-signature`
    expect((await report({ cookie: forged }, body())).status).toBe(403)

    const expired = newAnonymousId()
    await createPaidRental(payload, { anonymousId: expired }, movieId, {
      startsAt: new Date(Date.now() - 2 * 86_400_000),
      expiresAt: new Date(Date.now() - 60_000),
    })
    expect((await report({ cookie: `${anonymousCookieName}=${signAnonymousId(expired)}` }, body())).status).toBe(403)

    // A rental of another film opens nothing here.
    const otherFilm = (await createMovie(payload, { title: 'Another film' })).id
    const renterOfOther = await anonymousRenter(otherFilm)
    expect((await report({ cookie: renterOfOther.cookie }, body())).status).toBe(403)

    const draft = (await createMovie(payload, { title: 'Draft film', status: 'draft' })).id
    await createPaidRental(payload, { user: viewer.user.id }, draft)
    const r = await report(viewer, { ...body(), movie: draft })
    expect(r.status).toBe(404)
    expect(r.body.errors[0].field).toBe('movie')
    expect((await report(viewer, { ...body(), movie: 999_999_999 })).status).toBe(404)

    expect((await payload.count({ collection: 'video-analytics', overrideAccess: true })).totalDocs).toBe(
      before.totalDocs,
    )
  })

  it('answers bad input with a 400 naming the field, and stores nothing of the batch', async () => {
    const session = sessionId()
    const valid = () => ({
      movie: movieId,
      sessionId: session,
      events: [event('start'), event('heartbeat', { value: 10 }), event('pause')],
    })
    const cases: [string, (b: ReturnType<typeof valid>) => unknown][] = [
      ['events.1.type', (b) => ({ ...b, events: [b.events[0], { ...b.events[1], type: 'rewind' }, b.events[2]] })],
      [
        'events.2.positionSeconds',
        (b) => ({ ...b, events: [b.events[0], b.events[1], { type: 'pause', at: new Date().toISOString() }] }),
      ],
      [
        'events.0.positionSeconds',
        (b) => ({ ...b, events: [{ ...b.events[0], positionSeconds: -1 }, ...b.events.slice(1)] }),
      ],
      ['events.1.value', (b) => ({ ...b, events: [b.events[0], { ...b.events[1], value: 3_600_001 }, b.events[2]] })],
      [
        'events.2.detail',
        (b) => ({ ...b, events: [b.events[0], b.events[1], { ...b.events[2], detail: 'x'.repeat(101) }] }),
      ],
      [
        'events.2.at',
        (b) => ({
          ...b,
          events: [
            b.events[0],
            b.events[1],
            { ...b.events[2], at: new Date(Date.now() - 24 * 3_600_000 - 60_000).toISOString() },
          ],
        }),
      ],
      [
        'events.0.at',
        (b) => ({
          ...b,
          events: [{ ...b.events[0], at: new Date(Date.now() + 6 * 60_000).toISOString() }, ...b.events.slice(1)],
        }),
      ],
      ['events.0.at', (b) => ({ ...b, events: [{ ...b.events[0], at: 'yesterday' }, ...b.events.slice(1)] })],
      ['events', (b) => ({ ...b, events: Array.from({ length: 51 }, () => event('heartbeat', { value: 1 })) })],
      ['events', (b) => ({ ...b, events: [] })],
      ['sessionId', (b) => ({ ...b, sessionId: 'short' })],
      ['sessionId', (b) => ({ ...b, sessionId: 'has spaces and slashes/..' })],
      ['movie', (b) => ({ sessionId: b.sessionId, events: b.events })],
    ]
    for (const [field, mutate] of cases) {
      const r = await report(viewer, mutate(valid()))
      expect(r.status, field).toBe(400)
      expect(r.body.errors[0].field, JSON.stringify(r.body)).toBe(field)
      expect(r.body.errors[0].message).toContain(field)
    }
    // Late by a little under a day, or ahead by a little under five minutes: accepted.
    const edges = valid()
    edges.events[0]!.at = new Date(Date.now() - 24 * 3_600_000 + 60_000).toISOString()
    edges.events[1]!.at = new Date(Date.now() + 4 * 60_000).toISOString()
    expect((await report(viewer, { ...edges, sessionId: sessionId() })).status).toBe(202)
    expect((await storedFor(session)).totalDocs).toBe(0)
  })

  it('refuses a body over 32 KB with 413, whether or not it declares its length', async () => {
    const body = JSON.stringify({
      movie: movieId,
      sessionId: sessionId(),
      events: [event('start')],
      padding: 'x'.repeat(33 * 1024),
    })
    const undeclared = await rest('POST', 'video-analytics/events', { token: viewer.token, rawBody: body })
    expect(undeclared.status).toBe(413)
    const declared = await rest('POST', 'video-analytics/events', {
      token: viewer.token,
      rawBody: body,
      headers: { 'content-length': String(body.length) },
    })
    expect(declared.status).toBe(413)
    // Just under the limit is read and judged on its content.
    const fits = JSON.stringify({
      movie: movieId,
      sessionId: sessionId(),
      events: [event('start')],
      padding: 'x'.repeat(31 * 1024),
    })
    expect((await rest('POST', 'video-analytics/events', { token: viewer.token, rawBody: fits })).status).toBe(202)
  })

  it('a batch is stored whole or not at all', async () => {
    const session = sessionId()
    const renter: Viewer = { kind: 'user', user: { id: viewer.user.id } }
    const at = new Date()
    await expect(
      recordPlaybackEvents(payload, renter, {
        movieId,
        sessionId: session,
        events: [
          { type: 'start', at, positionSeconds: 0 },
          { type: 'heartbeat', at, positionSeconds: 10, value: 10 },
          // Past what the table accepts: the two before it must not stay behind.
          { type: 'rebuffer', at, positionSeconds: 10, value: -5 },
        ],
      }),
    ).rejects.toThrow()
    expect((await storedFor(session)).totalDocs).toBe(0)
  })
})

describe('the browser’s reporter and the endpoint', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('agree: every batch the reporter sends, odd values included, is accepted and stored', async () => {
    const renter = await anonymousRenter()
    const answers: number[] = []
    // The browser's fetch, carrying the renter's cookie, answered by the real REST handler.
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      const r = await rest('POST', url.replace(/^\/api\//, ''), {
        rawBody: String(init.body),
        headers: { cookie: renter.cookie },
      })
      answers.push(r.status)
      return new Response(JSON.stringify(r.body), { status: r.status })
    })
    const reporter = createPlaybackReporter({ movieId })
    reporter.report({ type: 'start', positionSeconds: 0 })
    reporter.report({ type: 'startup', positionSeconds: 0, value: 1234 })
    for (let i = 0; i < 20; i++) reporter.report({ type: 'heartbeat', positionSeconds: i * 10, value: 10 })
    reporter.report({
      type: 'error',
      positionSeconds: Number.NaN,
      value: -1,
      detail: `MEDIA_ERR_NETWORK ${'x'.repeat(200)}`,
    })
    await reporter.flush({ unloading: true })
    expect(answers).toEqual([202, 202])
    const { docs } = await storedFor(reporter.sessionId)
    expect(docs).toHaveLength(23)
    // The two batches travel side by side, so the error's row need not be the last one written.
    const errors = docs.filter((doc) => doc.type === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({ positionSeconds: 0, value: 0 })
    expect(errors[0]!.detail).toHaveLength(100)
  })
})

describe('the rate bound: 600 events per viewer per 10 minutes', () => {
  /** Rows as the endpoint would have stored them `minutesAgo` minutes ago, written in one statement. */
  async function arrivedEarlier(viewerKey: string, count: number, minutesAgo: number) {
    const db = await sqlFor(payload)
    const arrived = new Date(Date.now() - minutesAgo * 60_000).toISOString()
    await db.execute(sql`
      INSERT INTO video_analytics (movie_id, session_id, viewer_key, type, occurred_at, position_seconds, value,
        created_at, updated_at)
      SELECT ${movieId}, 'earlier-session', ${viewerKey}, 'heartbeat', ${arrived}::timestamptz, n, 10,
        ${arrived}::timestamptz, ${arrived}::timestamptz
      FROM generate_series(1, ${count}) AS n`)
  }

  const countFor = async (viewerKey: string) =>
    (
      await payload.count({
        collection: 'video-analytics',
        where: { viewerKey: { equals: viewerKey } },
        overrideAccess: true,
      })
    ).totalDocs

  it('accepts up to the bound, then 429 with when to retry; rows older than the window do not count', async () => {
    const renter = await anonymousRenter()
    const key = viewerKeyOf({ kind: 'anonymous', anonymousId: renter.anonymousId })
    await arrivedEarlier(key, 1000, 11)
    await arrivedEarlier(key, 570, 9)
    const batch = (n: number) => ({
      movie: movieId,
      sessionId: sessionId(),
      events: Array.from({ length: n }, () => event('heartbeat', { value: 10 })),
    })

    expect((await report({ cookie: renter.cookie }, batch(30))).status).toBe(202)
    const refused = await report({ cookie: renter.cookie }, batch(1))
    expect(refused.status).toBe(429)
    // The oldest rows of the window arrived 9 minutes ago: room again in about a minute.
    const retry = refused.body.errors[0].data.retryAfterSeconds
    expect(retry).toBeGreaterThanOrEqual(50)
    expect(retry).toBeLessThanOrEqual(61)
    expect(refused.body.errors[0].message).toMatch(/Too many playback events/)
    expect(await countFor(key)).toBe(1600)
  })

  it('a batch that would cross the bound is refused whole, and counts are per viewer', async () => {
    const renter = await anonymousRenter()
    const key = viewerKeyOf({ kind: 'anonymous', anonymousId: renter.anonymousId })
    await arrivedEarlier(key, 590, 1)
    const batch = (n: number) => ({
      movie: movieId,
      sessionId: sessionId(),
      events: Array.from({ length: n }, () => event('seek')),
    })
    const refused = await report({ cookie: renter.cookie }, batch(11))
    expect(refused.status).toBe(429)
    // The 11 newest of 601 would leave only when the 1-minute-old rows do: in about 9 minutes.
    expect(refused.body.errors[0].data.retryAfterSeconds).toBeGreaterThan(8 * 60)
    expect(await countFor(key)).toBe(590)
    expect((await report({ cookie: renter.cookie }, batch(10))).status).toBe(202)
    expect(await countFor(key)).toBe(600)

    const neighbour = await anonymousRenter()
    expect((await report({ cookie: neighbour.cookie }, batch(50))).status).toBe(202)
  })

  it('concurrent batches cannot squeeze past the bound together', async () => {
    const renter = await anonymousRenter()
    const key = viewerKeyOf({ kind: 'anonymous', anonymousId: renter.anonymousId })
    await arrivedEarlier(key, 560, 1)
    const answers = await Promise.all(
      Array.from({ length: 4 }, () =>
        report(
          { cookie: renter.cookie },
          { movie: movieId, sessionId: sessionId(), events: Array.from({ length: 20 }, () => event('seek')) },
        ),
      ),
    )
    expect(answers.map((a) => a.status).sort()).toEqual([202, 202, 429, 429])
    expect(await countFor(key)).toBe(600)
  })
})

describe('filmFigures', () => {
  // Vientiane is UTC+7 all year: local midnight of 1 March is 17:00 UTC on 28 February.
  const local = (isoLocal: string) => new Date(`${isoLocal}+07:00`)
  const from = local('2025-03-01T00:00:00')
  const to = local('2025-03-04T00:00:00')
  let film: number

  async function events(
    viewerKey: string,
    session: string,
    rows: [PlaybackEventType, string, number?][],
    movie = film,
  ) {
    for (const [type, at, value] of rows) {
      await payload.create({
        collection: 'video-analytics',
        overrideAccess: true,
        data: {
          movie,
          sessionId: session,
          viewerKey,
          type,
          occurredAt: local(at).toISOString(),
          positionSeconds: 0,
          value,
        },
      })
    }
  }

  beforeAll(async () => {
    film = (await createMovie(payload, { title: 'Figures film' })).id
    const other = (await createMovie(payload, { title: 'Someone else’s figures' })).id
    // Viewer A, two sessions on 1 March; the first starts at the very start of the period.
    await events('viewer-a', 'session-a1', [
      ['start', '2025-03-01T00:00:00'],
      ['startup', '2025-03-01T00:00:01', 800],
      ['heartbeat', '2025-03-01T00:00:31', 30],
      ['heartbeat', '2025-03-01T00:01:01', 30],
      ['rebuffer', '2025-03-01T00:01:05', 2000],
      ['complete', '2025-03-01T01:30:00'],
    ])
    await events('viewer-a', 'session-a2', [
      ['start', '2025-03-01T20:00:00'],
      ['startup', '2025-03-01T20:00:01', 1200],
      ['heartbeat', '2025-03-01T20:00:16', 15],
    ])
    // Viewer C at 02:00 on 2 March in Vientiane, which is still 1 March in UTC.
    await events('viewer-c', 'session-c1', [
      ['start', '2025-03-02T02:00:00'],
      ['startup', '2025-03-02T02:00:03', 3000],
      ['heartbeat', '2025-03-02T02:00:08', 5],
    ])
    // Viewer B late on the last day; the same session id as A's first, which is a different session.
    await events('viewer-b', 'session-a1', [
      ['start', '2025-03-03T23:30:00'],
      ['startup', '2025-03-03T23:30:00', 400],
      ['heartbeat', '2025-03-03T23:31:00', 60],
      ['rebuffer', '2025-03-03T23:31:30', 1000],
      ['complete', '2025-03-03T23:59:59'],
    ])
    // A completion whose start is not in the period counts for nothing.
    await events('viewer-e', 'session-e1', [['complete', '2025-03-02T10:00:00']])
    // Outside the period (the end is excluded), and another film's events inside it.
    await events('viewer-d', 'session-d1', [
      ['start', '2025-03-04T00:00:00'],
      ['startup', '2025-03-04T00:00:01', 99_999],
      ['heartbeat', '2025-03-04T00:00:30', 1000],
    ])
    await events('viewer-d', 'session-d0', [
      ['start', '2025-02-28T23:59:59'],
      ['heartbeat', '2025-02-28T23:59:59', 1000],
    ])
    await events(
      'viewer-f',
      'session-f1',
      [
        ['start', '2025-03-02T12:00:00'],
        ['heartbeat', '2025-03-02T12:00:10', 1000],
      ],
      other,
    )

    // Two rentals (each with its 20 000 LAK payment) in the period; one before it, one at its end, one of another film.
    await createPaidRental(payload, { anonymousId: newAnonymousId() }, film, { startsAt: local('2025-03-01T09:00:00') })
    await createPaidRental(payload, { anonymousId: newAnonymousId() }, film, { startsAt: local('2025-03-03T21:00:00') })
    await createPaidRental(payload, { anonymousId: newAnonymousId() }, film, { startsAt: local('2025-02-28T21:00:00') })
    await createPaidRental(payload, { anonymousId: newAnonymousId() }, film, { startsAt: to })
    await createPaidRental(payload, { anonymousId: newAnonymousId() }, other, {
      startsAt: local('2025-03-02T09:00:00'),
    })
    // A discounted payment counts at what was paid; pending, refunded and needs-refund ones do not count.
    const payment = (status: 'paid' | 'pending' | 'refunded' | 'needs-refund', amountLak: number, paidAt?: string) =>
      payload.create({
        collection: 'payments',
        overrideAccess: true,
        data: {
          anonymousId: newAnonymousId(),
          movie: film,
          amountLak,
          listPriceLak: 20000,
          provider: 'demo',
          reference: unique('pay'),
          status,
          paidAt: paidAt && local(paidAt).toISOString(),
        },
      })
    await payment('paid', 15000, '2025-03-02T15:00:00')
    await payment('refunded', 20000, '2025-03-02T15:00:00')
    await payment('needs-refund', 20000, '2025-03-02T15:00:00')
    await payment('pending', 20000)
  })

  it('sums a period’s plays, viewers, watch time, completion, startup, rebuffering, rentals and revenue', async () => {
    const figures = await filmFigures(payload, { movieId: film, from, to })
    expect(figures).toEqual({
      plays: 4,
      uniqueViewers: 3,
      watchTimeSeconds: 30 + 30 + 15 + 5 + 60,
      // Sessions with a start: a1 (A), a2, c1, a1 (B); completed: A's a1 and B's a1.
      completionRate: 0.5,
      // Startups 400, 800, 1200, 3000; nearest rank: the ceil(p × 4)-th smallest.
      startupMedianMs: 800,
      startupP95Ms: 3000,
      rebufferingRatio: 3 / (140 + 3),
      rentals: 2,
      revenueLak: 20000 + 20000 + 15000,
      daily: [
        { day: '2025-03-01', plays: 2, watchTimeSeconds: 75 },
        { day: '2025-03-02', plays: 1, watchTimeSeconds: 5 },
        { day: '2025-03-03', plays: 1, watchTimeSeconds: 60 },
      ],
    })
  })

  it('reads a span of calendar days as from the first day’s Vientiane midnight to the one after the last', () => {
    expect(periodOfDays('2025-03-01', '2025-03-03')).toEqual({ from, to })
  })

  it('takes percentiles by nearest rank, not by interpolation', async () => {
    const movie = (await createMovie(payload, { title: 'Startup film' })).id
    // 1..20 × 100 ms: the median is the 10th value, p95 the 19th.
    await events(
      'viewer-s',
      'session-s1',
      Array.from(
        { length: 20 },
        (_, i) => ['startup', '2025-03-02T10:00:00', (i + 1) * 100] as [PlaybackEventType, string, number],
      ),
      movie,
    )
    const figures = await filmFigures(payload, { movieId: movie, from, to })
    expect([figures.startupMedianMs, figures.startupP95Ms]).toEqual([1000, 1900])
  })

  it('gives zeros, not errors, for a period with nothing in it, with one entry per day', async () => {
    const figures = await filmFigures(payload, {
      movieId: film,
      from: local('2025-06-01T00:00:00'),
      to: local('2025-06-03T00:00:00'),
    })
    expect(figures).toEqual({
      plays: 0,
      uniqueViewers: 0,
      watchTimeSeconds: 0,
      completionRate: 0,
      startupMedianMs: null,
      startupP95Ms: null,
      rebufferingRatio: 0,
      rentals: 0,
      revenueLak: 0,
      daily: [
        { day: '2025-06-01', plays: 0, watchTimeSeconds: 0 },
        { day: '2025-06-02', plays: 0, watchTimeSeconds: 0 },
      ],
    })
  })

  it('computes in a few queries, however many events there are', async () => {
    const { drizzle } = payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<unknown> } }
    const execute = drizzle.execute
    let queries = 0
    drizzle.execute = function (this: unknown, q: unknown) {
      queries += 1
      return execute.call(this, q)
    }
    try {
      await filmFigures(payload, { movieId: film, from, to })
    } finally {
      drizzle.execute = execute
    }
    expect(queries).toBe(3)
  })
})
