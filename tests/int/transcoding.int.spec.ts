import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uploadDir, videoDir } from '@/lib/storage/paths'
import { segmentSeconds } from '@/lib/video/ladder'
import { videoFailureMessages } from '@/lib/video/failures'
import { newAnonymousId, signAnonymousId } from '@/lib/viewer/anonymousIdentity'
import { makeClip, truncatedCopy } from '../support/testClips'
import { rest } from './helpers/api'
import { createMovie, createPaidRental, signIn, unique, type SignedIn } from './helpers/fixtures'
import { testPayload } from './helpers/payload'
import { settledTranscode } from './helpers/transcodes'

/**
 * The transcoding job, run as the worker runs it (claim, then Payload's runner): a source becomes
 * a ladder of the rungs at or below its height, written to the film; a file that is not a usable
 * video fails in words an editor understands and the film's previous video still plays.
 */
let payload: Payload
let clips: string
let editor: SignedIn
const renter = { anonymousId: newAnonymousId() }
const renterCookie = `lc_viewer=${signAnonymousId(renter.anonymousId)}`

beforeAll(async () => {
  ;({ payload } = await testPayload())
  editor = await signIn(payload, 'editor', 'transcoding-editor')
  clips = await mkdtemp(path.join(tmpdir(), 'lao-clips-'))
  await makeClip(path.join(clips, 'source-720.mp4'), { height: 720, seconds: 8 })
  await makeClip(path.join(clips, 'sound-only.mp4'), { height: 720, seconds: 3, video: false })
  await truncatedCopy(path.join(clips, 'source-720.mp4'), path.join(clips, 'truncated.mp4'))
  await writeFile(path.join(clips, 'notes.mp4'), 'ສັນຍານ: this is a text file, not a film.\n'.repeat(200))
})

afterAll(async () => {
  await import('node:fs/promises').then(({ rm }) => rm(clips, { recursive: true, force: true }))
})

/** A published film already playing the committed sample ladder, rented by our viewer. */
async function filmWithPreviousVideo() {
  const folder = unique('previous')
  await cp(path.resolve('samples/video/lao-sample'), path.join(videoDir(), folder), { recursive: true })
  const movie = await createMovie(payload, { title: unique('Transcoded film'), lo: 'ສັນຍານ' })
  await payload.update({
    collection: 'movies',
    id: movie.id,
    overrideAccess: true,
    data: { video: { masterPlaylist: `${folder}/master.m3u8`, durationSeconds: 60 } },
  })
  await createPaidRental(payload, renter, movie.id)
  return { id: movie.id, master: `${folder}/master.m3u8` }
}

/** Stages a file as a finished upload and runs the job the upload would queue, as a worker does. */
async function transcode(movieId: number, file: string, kind: 'video' | 'trailer' = 'video') {
  const uploadId = unique('upload')
  await mkdir(uploadDir(), { recursive: true })
  await cp(file, path.join(uploadDir(), uploadId))
  const record = await payload.create({
    collection: 'video-transcodes',
    overrideAccess: true,
    data: { movie: movieId, kind, status: 'queued', progress: 0, uploadId, fileName: path.basename(file) },
  })
  await payload.jobs.queue({ task: 'transcodeVideo', input: { transcodeId: record.id }, overrideAccess: true })
  return settledTranscode(payload, record.id)
}

const streamOf = (movieId: number) => rest('GET', `movies/${movieId}/stream`, { headers: { cookie: renterCookie } })
const resolutions = (master: string) => [...master.matchAll(/RESOLUTION=(\d+)x(\d+)/g)].map((m) => Number(m[2]))

describe('a 720p source', () => {
  it('becomes a ladder of 720p, 480p, 360p and 240p, never upscaled to 1080p, with 6 s segments', async () => {
    const film = await filmWithPreviousVideo()
    const record = await transcode(film.id, path.join(clips, 'source-720.mp4'))
    expect(record).toMatchObject({ status: 'done', progress: 100, failure: null })

    const movie = await payload.findByID({ collection: 'movies', id: film.id, depth: 0, overrideAccess: true })
    expect(movie.video?.variants?.map((v) => v.name)).toEqual(['720p', '480p', '360p', '240p'])
    expect(movie.video?.variants?.map((v) => v.bandwidth)).toEqual([2_800_000, 1_400_000, 800_000, 300_000])
    expect(movie.video?.durationSeconds).toBeCloseTo(8, 0)
    expect(movie.video?.masterPlaylist).toBe(record.masterPlaylist)
    expect(movie.video?.masterPlaylist).toMatch(
      new RegExp(`^films/${film.id}/video-[a-z0-9]+-${record.id}/master\\.m3u8$`),
    )

    const stream = await streamOf(film.id)
    expect(stream.status).toBe(200)
    expect(resolutions(stream.body)).toEqual([720, 480, 360, 240])

    const folder = path.join(videoDir(), path.dirname(movie.video!.masterPlaylist!))
    const variant = await readFile(path.join(folder, '480p/index.m3u8'), 'utf8')
    const durations = [...variant.matchAll(/#EXTINF:([\d.]+)/g)].map((m) => Number(m[1]))
    expect(durations.slice(0, -1).every((d) => Math.abs(d - segmentSeconds) < 0.01)).toBe(true)
    expect(durations.reduce((a, b) => a + b, 0)).toBeCloseTo(8, 0)

    // The seek-preview track points into the sprite, one cue per interval.
    const track = await readFile(path.join(videoDir(), movie.video!.thumbnails!), 'utf8')
    expect(track.startsWith('WEBVTT')).toBe(true)
    expect(track).toContain('00:00:00.000 --> 00:00:02.000\nthumbnails.jpg#xywh=0,0,160,90')
    expect((await readFile(path.join(folder, 'thumbnails.jpg'))).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]))

    // The old ladder is still in storage for whoever is watching it.
    expect(await readFile(path.join(videoDir(), film.master), 'utf8')).toContain('#EXTM3U')
  })

  it('as a trailer gets the smaller ladder, on the trailer only', async () => {
    const film = await filmWithPreviousVideo()
    const record = await transcode(film.id, path.join(clips, 'source-720.mp4'), 'trailer')
    expect(record.status).toBe('done')
    const movie = await payload.findByID({ collection: 'movies', id: film.id, depth: 0, overrideAccess: true })
    expect(movie.video?.masterPlaylist).toBe(film.master)
    expect(movie.trailer?.masterPlaylist).toBe(record.masterPlaylist)
    const master = await readFile(path.join(videoDir(), movie.trailer!.masterPlaylist!), 'utf8')
    expect(resolutions(master)).toEqual([720, 480, 360])
  })
})

describe('a file that is not a usable video', () => {
  const cases = [
    ['a file with no video stream', 'sound-only.mp4', 'no-video-stream'],
    ['a truncated file', 'truncated.mp4', 'incomplete'],
    ['a text file renamed .mp4', 'notes.mp4', 'unreadable'],
  ] as const
  for (const [name, file, code] of cases) {
    it(`${name} fails with a clear message, and the film's previous video still plays`, async () => {
      const film = await filmWithPreviousVideo()
      const record = await transcode(film.id, path.join(clips, file))
      expect(record).toMatchObject({ status: 'failed', failure: code })

      // What the admin shows the editor, in both languages, through the API the admin reads.
      const read = await rest('GET', `video-transcodes/${record.id}?depth=0`, { token: editor.token })
      expect(read.status).toBe(200)
      expect(videoFailureMessages[read.body.failure as typeof code].en).toContain('unchanged')
      expect(videoFailureMessages[read.body.failure as typeof code].lo).toMatch(/[\u0E80-\u0EFF]/)

      const movie = await payload.findByID({ collection: 'movies', id: film.id, depth: 0, overrideAccess: true })
      expect(movie.video?.masterPlaylist).toBe(film.master)
      const stream = await streamOf(film.id)
      expect(stream.status).toBe(200)
      expect(resolutions(stream.body)).toEqual([1080, 720, 480, 360])
    })
  }

  it('can be tried again by editors only, and fails the same way while the file is the same', async () => {
    const film = await filmWithPreviousVideo()
    const record = await transcode(film.id, path.join(clips, 'notes.mp4'))
    const viewer = await signIn(payload, 'viewer', 'transcoding-viewer')
    expect((await rest('POST', `video-transcodes/${record.id}/retry`, { token: viewer.token })).status).toBe(403)
    expect((await rest('POST', `video-transcodes/${record.id}/retry`)).status).toBe(401)

    const retried = await rest('POST', `video-transcodes/${record.id}/retry`, { token: editor.token })
    expect(retried.status).toBe(202)
    expect(retried.body.doc).toMatchObject({ status: 'queued', failure: null })
    expect(await settledTranscode(payload, record.id)).toMatchObject({ status: 'failed', failure: 'unreadable' })
    expect((await rest('POST', `video-transcodes/${record.id}/retry`, { token: editor.token })).status).toBe(202)
    await settledTranscode(payload, record.id)

    const done = await transcode(film.id, path.join(clips, 'source-720.mp4'))
    expect((await rest('POST', `video-transcodes/${done.id}/retry`, { token: editor.token })).status).toBe(409)
  })
})

describe('the ladder fields', () => {
  it('are never typed by hand: an editor saving them over the API changes nothing', async () => {
    const film = await filmWithPreviousVideo()
    const patched = await rest('PATCH', `movies/${film.id}`, {
      token: editor.token,
      body: {
        video: { masterPlaylist: 'elsewhere/master.m3u8', durationSeconds: 1 },
        trailer: { masterPlaylist: 'x' },
      },
    })
    expect(patched.status).toBe(200)
    const movie = await payload.findByID({ collection: 'movies', id: film.id, depth: 0, overrideAccess: true })
    expect(movie.video?.masterPlaylist).toBe(film.master)
    expect(movie.video?.durationSeconds).toBe(60)
    expect(movie.trailer?.masterPlaylist ?? null).toBeNull()
  })
})
