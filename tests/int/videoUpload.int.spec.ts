import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uploadDir } from '@/lib/storage/paths'
import { handleVideoUpload } from '../../collections/VideoTranscodes/endpoints/videoUploads'
import { makeClip } from '../support/testClips'
import { createMovie, signIn, type SignedIn } from './helpers/fixtures'
import { testPayload } from './helpers/payload'
import { settledTranscode } from './helpers/transcodes'

/**
 * The editors' resumable upload (tus 1.0) through the handler /api/video-uploads serves: only
 * editors, metadata checked before a byte is stored, and a connection dropped halfway resumes from
 * the server's offset and completes, queueing the transcoding job.
 */
let payload: Payload
let editor: SignedIn
let viewer: SignedIn
let clips: string
let clip: Buffer
let movieId: number

beforeAll(async () => {
  ;({ payload } = await testPayload())
  editor = await signIn(payload, 'editor', 'upload-editor')
  viewer = await signIn(payload, 'viewer', 'upload-viewer')
  clips = await mkdtemp(path.join(tmpdir(), 'lao-upload-'))
  clip = await readFile(await makeClip(path.join(clips, 'ສັນຍານ.mp4'), { height: 360, seconds: 4 }))
  movieId = (await createMovie(payload, { title: 'Uploaded film', lo: 'ສັນຍານ' })).id
})

afterAll(() => rm(clips, { recursive: true, force: true }))

const base64 = (value: string) => Buffer.from(value).toString('base64')
const metadata = (fields: Record<string, string>) =>
  Object.entries(fields)
    .map(([key, value]) => `${key} ${base64(value)}`)
    .join(',')

function tus(
  method: string,
  uploadPath: string,
  options: { token?: string; headers?: Record<string, string>; body?: BodyInit } = {},
) {
  const request = new Request(new URL(uploadPath, 'http://localhost:3000'), {
    method,
    headers: {
      'Tus-Resumable': '1.0.0',
      ...(options.token && { Authorization: `JWT ${options.token}` }),
      ...options.headers,
    },
    body: options.body,
    ...(options.body && { duplex: 'half' }),
  } as RequestInit)
  return handleVideoUpload(request, payload)
}

const create = (token: string | undefined, fields: Record<string, string>, length = clip.length) =>
  tus('POST', '/api/video-uploads', {
    token,
    headers: { 'Upload-Length': String(length), 'Upload-Metadata': metadata(fields) },
  })

/** A body that sends `bytes` in pieces, then fails, as a connection dropped mid-transfer does. */
function droppedAfter(bytes: Buffer): ReadableStream<Uint8Array> {
  let sent = 0
  return new ReadableStream({
    async pull(controller) {
      if (sent >= bytes.length) {
        // The server has written what arrived by the time the connection is lost.
        await new Promise((resolve) => setTimeout(resolve, 300))
        return controller.error(new Error('connection reset'))
      }
      const piece = bytes.subarray(sent, sent + 8192)
      sent += piece.length
      controller.enqueue(new Uint8Array(piece))
    },
  })
}

const patch = (location: string, offset: number, body: BodyInit) =>
  tus('PATCH', location, {
    token: editor.token,
    headers: { 'Upload-Offset': String(offset), 'Content-Type': 'application/offset+octet-stream' },
    body,
  })

describe('who may upload', () => {
  it('refuses anonymous callers (401) and viewers (403) before anything is stored', async () => {
    const fields = { movie: String(movieId), kind: 'video', filename: 'film.mp4' }
    const anonymous = await create(undefined, fields)
    expect(anonymous.status).toBe(401)
    expect((await anonymous.json()).errors[0].message).toMatch(/editor/)
    expect((await create(viewer.token, fields)).status).toBe(403)
  })

  it('refuses an unknown film or kind with a 4xx naming the field', async () => {
    const unknownFilm = await create(editor.token, { movie: '999999', kind: 'video' })
    expect(unknownFilm.status).toBe(404)
    expect((await unknownFilm.json()).errors[0]).toMatchObject({ field: 'movie' })
    const badKind = await create(editor.token, { movie: String(movieId), kind: 'poster' })
    expect(badKind.status).toBe(400)
    expect((await badKind.json()).errors[0]).toMatchObject({ field: 'kind' })
    const noMovie = await create(editor.token, { kind: 'video' })
    expect(noMovie.status).toBe(400)
  })

  it('answers an offset that does not match with a 409 in the errors shape', async () => {
    const created = await create(editor.token, { movie: String(movieId), kind: 'video' })
    const location = created.headers.get('location')!
    const wrong = await patch(location, 10, new Uint8Array(clip.subarray(10, 20)))
    expect(wrong.status).toBe(409)
    expect((await wrong.json()).errors[0].message).toBeTruthy()
  })
})

describe('an upload interrupted halfway', () => {
  it(
    'resumes from the offset the server kept and completes, and the transcoding job makes the ladder',
    { timeout: 120_000 },
    async () => {
      const created = await create(editor.token, { movie: String(movieId), kind: 'video', filename: 'ສັນຍານ.mp4' })
      expect(created.status).toBe(201)
      const location = created.headers.get('location')!
      expect(location).toMatch(/^\/api\/video-uploads\/[0-9a-f]+$/)
      const uploadId = location.split('/').at(-1)!

      const half = Math.floor(clip.length / 2)
      await patch(location, 0, droppedAfter(clip.subarray(0, half))).catch(() => null)

      const head = await tus('HEAD', location, { token: editor.token })
      expect(head.status).toBe(200)
      const offset = Number(head.headers.get('upload-offset'))
      expect(offset).toBeGreaterThan(0)
      expect(offset).toBeLessThanOrEqual(half)
      expect(Number(head.headers.get('upload-length'))).toBe(clip.length)
      expect(
        await payload.count({ collection: 'video-transcodes', where: { uploadId: { equals: uploadId } } }),
      ).toEqual({ totalDocs: 0 })

      const rest = await patch(location, offset, new Uint8Array(clip.subarray(offset)))
      expect(rest.status).toBe(204)
      expect(rest.headers.get('upload-offset')).toBe(String(clip.length))
      expect(await readFile(path.join(uploadDir(), uploadId))).toEqual(clip)

      const { docs } = await payload.find({
        collection: 'video-transcodes',
        where: { uploadId: { equals: uploadId } },
        overrideAccess: true,
        depth: 0,
      })
      expect(docs).toHaveLength(1)
      expect(docs[0]).toMatchObject({ movie: movieId, kind: 'video', status: 'queued', fileName: 'ສັນຍານ.mp4' })
      expect(docs[0]!.fileSize).toBe(clip.length)
      expect(docs[0]!.requestedBy).toBe(editor.user.id)

      // This process runs the jobs it queues (JOBS_RUN_IN_WEB, the development default), as a worker would.
      const done = await settledTranscode(payload, docs[0]!.id)
      expect(done).toMatchObject({ status: 'done', progress: 100 })
      const movie = await payload.findByID({ collection: 'movies', id: movieId, depth: 0, overrideAccess: true })
      expect(movie.video?.variants?.map((v) => v.name)).toEqual(['360p', '240p'])
      // The master file is removed once its ladder is online.
      expect(await stat(path.join(uploadDir(), uploadId)).catch(() => null)).toBeNull()
    },
  )
})
