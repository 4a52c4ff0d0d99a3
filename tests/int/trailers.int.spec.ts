import { cp, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { videoDir } from '@/lib/storage/paths'
import { newAnonymousId, signAnonymousId } from '@/lib/viewer/anonymousIdentity'
import { rest } from './helpers/api'
import { createMovie, createPaidRental, unique } from './helpers/fixtures'
import { testPayload } from './helpers/payload'

/**
 * Trailers are public: anyone plays a published film's trailer, no rental and no signature, by
 * relative URIs under one path. Seek-preview thumbnails, like the film, need a rental.
 */
let payload: Payload
let published: number
let draft: number
const renter = { anonymousId: newAnonymousId() }
const renterCookie = `lc_viewer=${signAnonymousId(renter.anonymousId)}`

beforeAll(async () => {
  ;({ payload } = await testPayload())
  const folder = unique('trailer')
  await cp(path.resolve('samples/video/lao-sample'), path.join(videoDir(), folder), { recursive: true })
  await writeFile(
    path.join(videoDir(), folder, 'thumbnails.vtt'),
    'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nthumbnails.jpg#xywh=0,0,160,90\n',
  )
  await writeFile(path.join(videoDir(), folder, 'thumbnails.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xd9]))
  const ladder = {
    masterPlaylist: `${folder}/master.m3u8`,
    durationSeconds: 60,
  }
  published = (await createMovie(payload, { title: 'Trailer film', lo: 'ສັນຍານ' })).id
  draft = (await createMovie(payload, { title: 'Draft trailer film', status: 'draft' })).id
  for (const id of [published, draft]) {
    await payload.update({
      collection: 'movies',
      id,
      overrideAccess: true,
      draft: id === draft,
      data: { trailer: ladder, video: { ...ladder, thumbnails: `${folder}/thumbnails.vtt` } },
    })
  }
  await createPaidRental(payload, renter, published)
})

const get = (apiPath: string, cookie?: string) =>
  rest('GET', apiPath, { bytes: true, headers: cookie ? { cookie } : {} })

describe('a published film’s trailer', () => {
  it('plays for an anonymous viewer: master, variant playlist and segment under one public path', async () => {
    const master = await get(`movies/${published}/trailer/master.m3u8`)
    expect(master.status).toBe(200)
    expect(master.headers.get('content-type')).toBe('application/vnd.apple.mpegurl')
    const text = master.body.toString('utf8')
    expect(text).toContain('360p/index.m3u8')
    // Relative URIs, no storage path and no signature.
    expect(text).not.toMatch(/trailer-|signature|lao-sample/)

    const variant = await get(`movies/${published}/trailer/360p/index.m3u8`)
    expect(variant.status).toBe(200)
    const segment = variant.body
      .toString('utf8')
      .split('\n')
      .find((line: string) => line.endsWith('.ts'))!
    const bytes = await get(`movies/${published}/trailer/360p/${segment}`)
    expect(bytes.status).toBe(200)
    expect(bytes.headers.get('content-type')).toBe('video/mp2t')
    expect(bytes.body[0]).toBe(0x47) // MPEG-TS sync byte
  })

  it('answers 404 for a draft film, an unknown file and anything outside the ladder', async () => {
    expect((await get(`movies/${draft}/trailer/master.m3u8`)).status).toBe(404)
    expect((await get(`movies/${published}/trailer/other.m3u8`)).status).toBe(404)
    expect((await get(`movies/${published}/trailer/360p/segment_999.ts`)).status).toBe(404)
    expect((await get(`movies/${published}/trailer/..%2F..%2Fsecret/x.ts`)).status).toBe(404)
    expect((await get(`movies/${published}/trailer/360p/..`)).status).toBe(404)
  })
})

describe('seek-preview thumbnails', () => {
  it('are for renters only', async () => {
    expect((await get(`movies/${published}/thumbnails/thumbnails.vtt`)).status).toBe(403)
    const track = await get(`movies/${published}/thumbnails/thumbnails.vtt`, renterCookie)
    expect(track.status).toBe(200)
    expect(track.body.toString('utf8')).toContain('thumbnails.jpg#xywh=0,0,160,90')
    const sprite = await get(`movies/${published}/thumbnails/thumbnails.jpg`, renterCookie)
    expect(sprite.status).toBe(200)
    expect(sprite.headers.get('content-type')).toBe('image/jpeg')
    expect((await get(`movies/${published}/thumbnails/master.m3u8`, renterCookie)).status).toBe(404)
  })
})
