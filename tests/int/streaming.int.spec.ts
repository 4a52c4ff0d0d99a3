import { createVerify, generateKeyPairSync, createHash } from 'node:crypto'
import { cp, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { videoDir } from '@/lib/storage/paths'
import { gcsStorage } from '@/lib/streaming/gcsStorage'
import { segment } from '@/lib/streaming/streams'
import { newAnonymousId, signAnonymousId } from '@/lib/viewer/anonymousIdentity'
import { startFakeGcs, type FakeGcs } from '../support/fakeGcs'
import { rest } from './helpers/api'
import { createMovie, createPaidRental, signIn, unique, type SignedIn } from './helpers/fixtures'
import { testPayload } from './helpers/payload'

/**
 * Protected HLS delivery through the real endpoints: a rental opens the master playlist, whose
 * variant playlists and segments are signed URLs bound to the film, the rental and an expiry.
 */
let payload: Payload
const films = {} as Record<'a' | 'b', number>
const renter = { anonymousId: newAnonymousId() }
const renterCookie = `lc_viewer=${signAnonymousId(renter.anonymousId)}`
const strangerCookie = `lc_viewer=${signAnonymousId(newAnonymousId())}`
let rentalId: number
let member: SignedIn
const ladder = path.resolve('samples/video/lao-sample')

beforeAll(async () => {
  ;({ payload } = await testPayload())
  for (const key of ['a', 'b'] as const) {
    const folder = unique(`ladder-${key}`)
    await cp(ladder, path.join(videoDir(), folder), { recursive: true })
    const movie = await createMovie(payload, { title: `Stream film ${key}`, lo: 'ສັນຍານ' })
    films[key] = movie.id
    await payload.update({
      collection: 'movies',
      id: movie.id,
      overrideAccess: true,
      data: { video: { masterPlaylist: `${folder}/master.m3u8`, durationSeconds: 60 } },
    })
  }
  const firstCue = '1\n00:00:01,000 --> 00:00:04,000\nສັນຍານທົດລອງ\n'
  const secondCue = '2\n00:00:05,500 --> 00:00:07,000\nສະບາຍດີ\n'
  const srt = Buffer.from(`${firstCue}\n${secondCue}`)
  const track = await payload.create({
    collection: 'subtitles',
    overrideAccess: true,
    data: {},
    file: { data: srt, name: 'film-a.lo.srt', mimetype: 'text/plain', size: srt.length },
  })
  await payload.update({
    collection: 'movies',
    id: films.a,
    overrideAccess: true,
    data: { video: { subtitles: [{ language: 'lo', track: track.id }] } },
  })
  rentalId = (await createPaidRental(payload, renter, films.a)).rental.id
  member = await signIn(payload, 'viewer', 'stream-member')
  await createPaidRental(payload, { user: member.user.id }, films.a)
})

const get = (apiPath: string, options: { cookie?: string; token?: string; range?: string; bytes?: boolean } = {}) =>
  rest('GET', apiPath, {
    token: options.token,
    bytes: options.bytes,
    headers: { ...(options.cookie && { cookie: options.cookie }), ...(options.range && { range: options.range }) },
  })
const uris = (playlist: string) => playlist.split('\n').filter((line) => line && !line.startsWith('#'))
const apiPathOf = (url: string) => url.replace(/^\/api\//, '')

async function signedUrls(cookie = renterCookie) {
  const master = await get(`movies/${films.a}/stream`, { cookie })
  const variantUrl = uris(master.body).find((uri) => uri.includes('/stream/360p?'))!
  const variant = await get(apiPathOf(variantUrl), { cookie })
  return { master, variantUrl, variant, segmentUrl: uris(variant.body)[0]! }
}

describe('a viewer holding a rental', () => {
  it('gets the master playlist with every variant behind a signed URL, and no storage path', async () => {
    const { master } = await signedUrls()
    expect(master.status).toBe(200)
    expect(master.headers.get('content-type')).toBe('application/vnd.apple.mpegurl')
    expect(master.headers.get('cache-control')).toContain('no-store')
    const variants = uris(master.body)
    expect(variants.map((uri) => uri.split('?')[0])).toEqual(
      ['1080p', '720p', '480p', '360p'].map((name) => `/api/movies/${films.a}/stream/${name}`),
    )
    for (const uri of variants) expect(uri).toMatch(new RegExp(`\\?rental=${rentalId}&expires=\\d+&signature=[\\w-]+$`))
    expect(master.body).not.toContain('index.m3u8')
    expect(master.body).toContain('RESOLUTION=640x360')
  })

  it('gets each variant’s 30 segments as signed URLs, and the segment bytes through them', async () => {
    const { variant, segmentUrl } = await signedUrls()
    expect(variant.status).toBe(200)
    expect(uris(variant.body)).toHaveLength(30)
    expect(segmentUrl).toMatch(new RegExp(`^/api/movies/${films.a}/stream/360p/segment_000\\.ts\\?rental=${rentalId}&`))
    const bytes = await get(apiPathOf(segmentUrl), { cookie: renterCookie, bytes: true })
    expect(bytes.status).toBe(200)
    expect(bytes.headers.get('content-type')).toBe('video/mp2t')
    expect(bytes.body).toEqual(await readFile(path.join(ladder, '360p/segment_000.ts')))
  })

  it('gets a Range of a segment as 206 with exactly those bytes (local storage)', async () => {
    const { segmentUrl } = await signedUrls()
    const file = await readFile(path.join(ladder, '360p/segment_000.ts'))
    const part = await get(apiPathOf(segmentUrl), { cookie: renterCookie, range: 'bytes=188-563', bytes: true })
    expect(part.status).toBe(206)
    expect(part.headers.get('content-range')).toBe(`bytes 188-563/${file.length}`)
    expect(part.body).toEqual(file.subarray(188, 564))
  })

  it('logged in, streams through the session as well', async () => {
    const own = await get(`movies/${films.a}/stream`, { token: member.token })
    expect(own.status).toBe(200)
    const variantUrl = uris(own.body).find((uri) => uri.includes('/stream/480p?'))!
    expect((await get(apiPathOf(variantUrl), { token: member.token })).status).toBe(200)
  })

  it('gets the Lao subtitles, uploaded as SRT, as WebVTT', async () => {
    const track = await get(`movies/${films.a}/subtitles/lo`, { cookie: renterCookie })
    expect(track.status).toBe(200)
    expect(track.headers.get('content-type')).toBe('text/vtt; charset=utf-8')
    expect(track.body).toBe(
      'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nສັນຍານທົດລອງ\n\n00:00:05.500 --> 00:00:07.000\nສະບາຍດີ\n',
    )
    expect((await get(`movies/${films.a}/subtitles/en`, { cookie: renterCookie })).status).toBe(404)
  })
})

describe('without a rental, no bytes of video', () => {
  it('the stream endpoint refuses anonymous callers, other viewers, editors and admins', async () => {
    expect((await get(`movies/${films.a}/stream`)).status).toBe(403)
    const stranger = await get(`movies/${films.a}/stream`, { cookie: strangerCookie })
    expect(stranger.status).toBe(403)
    expect(stranger.body).toMatchObject({
      errors: [{ message: 'Rent this film to watch it.' }],
      reason: 'rental-required',
    })
    for (const role of ['editor', 'admin'] as const) {
      const staff = await signIn(payload, role, `stream-${role}`)
      expect((await get(`movies/${films.a}/stream`, { token: staff.token })).status).toBe(403)
    }
    expect((await get(`movies/${films.b}/stream`, { cookie: renterCookie })).status).toBe(403)
    expect((await get(`movies/${films.a}/subtitles/lo`, { cookie: strangerCookie })).status).toBe(403)
  })

  it('a segment or playlist URL copied from a rented session is refused to anyone else', async () => {
    const { variantUrl, segmentUrl } = await signedUrls()
    for (const cookie of [strangerCookie, undefined]) {
      for (const url of [variantUrl, segmentUrl]) {
        const copied = await get(apiPathOf(url), { cookie, bytes: true })
        expect(copied.status).toBe(403)
        expect(copied.headers.get('content-type')).toContain('application/json')
      }
    }
    expect((await get(apiPathOf(segmentUrl), { token: member.token })).status).toBe(403)
  })

  it('a signed URL for film A does not open film B, nor another segment, nor with its signature altered', async () => {
    const { segmentUrl, variantUrl } = await signedUrls()
    expect(
      (await get(apiPathOf(segmentUrl.replace(`/movies/${films.a}/`, `/movies/${films.b}/`)), { cookie: renterCookie }))
        .status,
    ).toBe(403)
    expect(
      (await get(apiPathOf(variantUrl.replace(`/movies/${films.a}/`, `/movies/${films.b}/`)), { cookie: renterCookie }))
        .status,
    ).toBe(403)
    expect(
      (await get(apiPathOf(segmentUrl.replace('segment_000', 'segment_001')), { cookie: renterCookie })).status,
    ).toBe(403)
    expect(
      (
        await get(
          apiPathOf(
            segmentUrl.replace(/signature=(.)/, (_, first: string) => `signature=${first === 'A' ? 'B' : 'A'}`),
          ),
          { cookie: renterCookie },
        )
      ).status,
    ).toBe(403)
    expect((await get(apiPathOf(segmentUrl.split('?')[0]!), { cookie: renterCookie })).status).toBe(403)
  })

  it('after the rental ends, its signed URLs and new playlist requests are refused', async () => {
    const viewer = { anonymousId: newAnonymousId() }
    const cookie = `lc_viewer=${signAnonymousId(viewer.anonymousId)}`
    const { rental } = await createPaidRental(payload, viewer, films.b)
    const master = await get(`movies/${films.b}/stream`, { cookie })
    const variantUrl = uris(master.body)[0]!
    const segmentUrl = uris((await get(apiPathOf(variantUrl), { cookie })).body)[0]!
    await payload.update({
      collection: 'rentals',
      id: rental.id,
      overrideAccess: true,
      data: {
        startsAt: new Date(Date.now() - 86_400_000).toISOString(),
        expiresAt: new Date(Date.now() - 1000).toISOString(),
      },
    })
    const ended = await get(`movies/${films.b}/stream`, { cookie })
    expect(ended.status).toBe(403)
    expect(ended.body.reason).toBe('rental-ended')
    expect((await get(apiPathOf(variantUrl), { cookie })).body.reason).toBe('rental-ended')
    expect((await get(apiPathOf(segmentUrl), { cookie })).status).toBe(403)
  })
})

describe('subtitle uploads', () => {
  it('a film takes one track per language', async () => {
    const { docs } = await payload.find({ collection: 'subtitles', limit: 1, overrideAccess: true })
    const track = docs[0]!.id
    await expect(
      payload.update({
        collection: 'movies',
        id: films.b,
        overrideAccess: true,
        data: {
          video: {
            subtitles: [
              { language: 'lo', track },
              { language: 'lo', track },
            ],
          },
        },
      }),
    ).rejects.toMatchObject({
      data: { errors: [{ path: 'video.subtitles', message: 'Each language may have one subtitle track.' }] },
    })
  })

  it('refuse a file that is neither WebVTT nor SRT, naming the file', async () => {
    const junk = Buffer.from('just some words\nwithout any cue timings\n')
    await expect(
      payload.create({
        collection: 'subtitles',
        overrideAccess: true,
        data: {},
        file: { data: junk, name: 'junk.srt', mimetype: 'text/plain', size: junk.length },
      }),
    ).rejects.toMatchObject({ data: { errors: [{ path: 'file' }] } })
  })
})

describe('the Google Cloud Storage backend', () => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  })
  const clientEmail = 'video-signer@lao-cinema.iam.gserviceaccount.com'
  let fakeGcs: FakeGcs

  beforeAll(async () => {
    fakeGcs = await startFakeGcs()
    fakeGcs.put(
      'lao-cinema-video',
      'ladders/film/master.m3u8',
      '#EXTM3U\n360p/index.m3u8\n',
      'application/vnd.apple.mpegurl',
    )
  })
  afterAll(() => fakeGcs.close())

  // Reading goes to the fake peer; signing is local and names Google's own host, as in production.
  const storage = (options: { reading?: boolean } = {}) =>
    gcsStorage({
      bucket: 'lao-cinema-video',
      prefix: 'ladders',
      clientEmail,
      privateKey,
      urlLifetimeSeconds: 120,
      ...(options.reading && { apiEndpoint: fakeGcs.url }),
    })

  it('reads playlists from the bucket, once each', async () => {
    const gcs = storage({ reading: true })
    expect(await gcs.readText('film/master.m3u8')).toBe('#EXTM3U\n360p/index.m3u8\n')
    expect(await gcs.readText('film/master.m3u8')).toBe('#EXTM3U\n360p/index.m3u8\n')
    expect(fakeGcs.requests.filter((line) => line.includes('master.m3u8'))).toHaveLength(1)
    expect(await gcs.readText('film/missing.m3u8')).toBeNull()
  })

  it('sends segments to that object’s V4 signed URL, expiring in 2 minutes, verified by the public key', async () => {
    const before = Date.now()
    const response = await storage().deliver('film/360p/segment_007.ts', new Headers())
    expect(response.status).toBe(302)
    expect(response.headers.get('cache-control')).toContain('no-store')
    const url = new URL(response.headers.get('location')!)
    expect(url.origin).toBe('https://storage.googleapis.com')
    expect(url.pathname).toBe('/lao-cinema-video/ladders/film/360p/segment_007.ts')
    const q = url.searchParams
    expect(q.get('X-Goog-Algorithm')).toBe('GOOG4-RSA-SHA256')
    expect(q.get('X-Goog-Credential')).toMatch(new RegExp(`^${clientEmail}/\\d{8}/auto/storage/goog4_request$`))
    expect(q.get('X-Goog-Expires')).toBe('120')
    const signedAt = Date.parse(
      q.get('X-Goog-Date')!.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'),
    )
    expect(signedAt).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 - 1000)
    expect(signedAt).toBeLessThanOrEqual(Date.now())

    // Rebuild the string Google would check (V4 signing process) and verify it with the public key.
    const signature = q.get('X-Goog-Signature')!
    const unsigned = [...q.entries()].filter(([name]) => name !== 'X-Goog-Signature')
    const canonicalQuery = unsigned
      .map(([name, value]) => [encodeRfc3986(name), encodeRfc3986(value)] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, value]) => `${name}=${value}`)
      .join('&')
    const canonicalRequest = [
      'GET',
      url.pathname,
      canonicalQuery,
      `host:${url.host}\n`,
      'host',
      'UNSIGNED-PAYLOAD',
    ].join('\n')
    const scope = q.get('X-Goog-Credential')!.split('/').slice(1).join('/')
    const stringToSign = [
      'GOOG4-RSA-SHA256',
      q.get('X-Goog-Date'),
      scope,
      createHash('sha256').update(canonicalRequest).digest('hex'),
    ].join('\n')
    expect(createVerify('RSA-SHA256').update(stringToSign).verify(publicKey, Buffer.from(signature, 'hex'))).toBe(true)
    const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey
    expect(createVerify('RSA-SHA256').update(stringToSign).verify(otherKey, Buffer.from(signature, 'hex'))).toBe(false)
  })

  it('is what a rented segment request gets: the redirect, never the bytes', async () => {
    const { segmentUrl } = await signedUrls()
    const url = new URL(segmentUrl, 'http://localhost')
    const [, , , , , variant, file] = url.pathname.split('/')
    const answer = await segment({
      payload,
      viewer: { kind: 'anonymous', anonymousId: renter.anonymousId },
      movieId: films.a,
      variant: variant!,
      file: file!,
      query: url.searchParams,
      headers: new Headers(),
      storage: storage(),
    })
    expect(answer).toHaveProperty('response')
    expect('response' in answer && answer.response.status).toBe(302)
    const location = 'response' in answer ? new URL(answer.response.headers.get('location')!) : null
    expect(location?.pathname).toMatch(/^\/lao-cinema-video\/ladders\/ladder-a-[0-9a-f]+\/360p\/segment_000\.ts$/)
  })
})

function encodeRfc3986(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}
