import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { newAnonymousId, signAnonymousId } from '@/lib/viewer/anonymousIdentity'
import { rest } from './helpers/api'
import { createMovie } from './helpers/fixtures'
import { testPayload } from './helpers/payload'

/** Saving where a viewer is in a film, through the real endpoint and database. */
let payload: Payload
let movieId: number

beforeAll(async () => {
  ;({ payload } = await testPayload())
  movieId = (await createMovie(payload, { title: 'Progress film', lo: 'ສັນຍານ ຄວາມຄືບໜ້າ' })).id
})

const viewerCookie = () => `lc_viewer=${signAnonymousId(newAnonymousId())}`
const save = (cookie: string, progressSeconds: number, observedAt?: Date) =>
  rest('POST', 'watch-progress/save', {
    headers: { cookie },
    body: {
      movie: movieId,
      progressSeconds,
      durationSeconds: 6000,
      ...(observedAt && { observedAt: observedAt.toISOString() }),
    },
  })

describe('progress saves', () => {
  it('a late save observed before the stored one changes nothing; a newer save wins even when it rewinds', async () => {
    const cookie = viewerCookie()
    const t0 = Date.now() - 60_000
    expect((await save(cookie, 1800, new Date(t0 + 30_000))).body.doc.progressSeconds).toBe(1800)
    // Observed earlier, arriving later: ignored.
    expect((await save(cookie, 1500, new Date(t0))).body.doc.progressSeconds).toBe(1800)
    // Observed later, with the viewer rewound: honoured.
    expect((await save(cookie, 300, new Date(t0 + 45_000))).body.doc.progressSeconds).toBe(300)
  })

  it('past 90% the film is completed', async () => {
    const cookie = viewerCookie()
    expect((await save(cookie, 5300)).body.doc.completed).toBe(false)
    expect((await save(cookie, 5450)).body.doc.completed).toBe(true)
  })

  it('200 concurrent saves for 200 viewers all land: one row per viewer and film, none lost', async () => {
    const cookies = Array.from({ length: 200 }, viewerCookie)
    const answers = await Promise.all(cookies.map((cookie, i) => save(cookie, 100 + i)))
    expect(answers.filter((a) => a.status === 200)).toHaveLength(200)
    const ids = cookies.map((c) => c.split('=')[1]!.split('.')[0]!)
    const { docs } = await payload.find({
      collection: 'watch-progress',
      where: { anonymousId: { in: ids } },
      limit: 1000,
      overrideAccess: true,
      depth: 0,
    })
    expect(docs).toHaveLength(200)
    expect(new Set(docs.map((d) => d.anonymousId)).size).toBe(200)
    expect(docs.map((d) => d.progressSeconds).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 200 }, (_, i) => 100 + i),
    )
  })

  it('concurrent saves by one viewer never make two rows', async () => {
    const cookie = viewerCookie()
    await Promise.all(Array.from({ length: 20 }, (_, i) => save(cookie, 10 * i)))
    const id = cookie.split('=')[1]!.split('.')[0]!
    expect(
      (
        await payload.count({
          collection: 'watch-progress',
          where: { anonymousId: { equals: id } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(1)
  })
})

describe('GET /api/watch-progress/mine', () => {
  it('lists the caller’s own unfinished films, newest first, anonymous viewers too; a stranger sees none', async () => {
    const cookie = viewerCookie()
    await save(cookie, 1200, new Date(Date.now() - 1000))
    const mine = await rest('GET', 'watch-progress/mine?locale=lo', { headers: { cookie } })
    expect(mine.status).toBe(200)
    expect(mine.body.docs).toHaveLength(1)
    expect(mine.body.docs[0]).toMatchObject({
      progressSeconds: 1200,
      durationSeconds: 6000,
      movie: { id: movieId, title: 'ສັນຍານ ຄວາມຄືບໜ້າ' },
    })
    expect((await rest('GET', 'watch-progress/mine', { headers: { cookie: viewerCookie() } })).body.docs).toEqual([])
    expect((await rest('GET', 'watch-progress/mine')).body.docs).toEqual([])
  })
})
