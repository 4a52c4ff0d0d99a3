import { readdir } from 'node:fs/promises'
import { Storage } from '@google-cloud/storage'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { mediaDir } from '@/lib/storage/paths'
import { rest } from './helpers/api'
import { signIn, unique, type SignedIn } from './helpers/fixtures'
import { testPayload } from './helpers/payload'

/**
 * The whole integration run keeps its images in a bucket of a local server that speaks the GCS
 * JSON API (tests/int/globalSetup.ts), as production keeps them in Google Cloud Storage. Here an
 * editor's upload is followed into that bucket, back out through Payload's file route, and out of
 * the bucket again when the document goes.
 */
const storageEnv = inject('mediaStorageEnv')
const bucket = new Storage({ apiEndpoint: storageEnv.GCS_API_ENDPOINT }).bucket(storageEnv.GCS_BUCKET!)
const prefix = storageEnv.GCS_MEDIA_PREFIX!

let payload: Payload
let editor: SignedIn

beforeAll(async () => {
  ;({ payload } = await testPayload())
  editor = await signIn(payload, 'editor', 'media-editor')
})

const objectNames = async () => (await bucket.getFiles({ prefix: `${prefix}/` }))[0].map((file) => file.name)

async function upload(name: string, image: Buffer, token = editor.token) {
  const form = new FormData()
  form.set('file', new Blob([new Uint8Array(image)], { type: 'image/jpeg' }), name)
  form.set('_payload', JSON.stringify({ alt: 'A backdrop over the Mekong' }))
  const encoded = new Response(form)
  return rest('POST', 'media?depth=0', {
    token,
    rawBody: new Uint8Array(await encoded.arrayBuffer()),
    headers: { 'Content-Type': encoded.headers.get('content-type')! },
  })
}

const backdrop = () =>
  sharp({ create: { width: 1600, height: 900, channels: 3, background: '#1f6f8b' } })
    .jpeg()
    .toBuffer()

describe('media in Google Cloud Storage (MEDIA_STORAGE=gcs)', () => {
  it('an upload puts the original and its thumbnail, card and hero sizes in the bucket, none on disk', async () => {
    const image = await backdrop()
    const created = await upload(`${unique('mekong')}.jpg`, image)
    expect(created.status).toBe(201)
    const doc = created.body.doc
    const sizes = ['thumbnail', 'card', 'hero'].map((size) => doc.sizes[size].filename as string)
    expect(new Set(sizes).size).toBe(3)
    expect(doc.url).toBe(`/api/media/file/${doc.filename}`)

    const names = await objectNames()
    for (const filename of [doc.filename, ...sizes]) expect(names).toContain(`${prefix}/${filename}`)
    const [original] = await bucket.file(`${prefix}/${doc.filename}`).download()
    expect(original.equals(image)).toBe(true)
    const [hero] = await bucket.file(`${prefix}/${doc.sizes.hero.filename}`).getMetadata()
    expect(hero.contentType).toBe('image/jpeg')
    expect((await sharp((await bucket.file(`${prefix}/${sizes[0]}`).download())[0]).metadata()).width).toBe(200)

    // No instance's disk holds an image: another instance serves the same files from the bucket.
    expect(await readdir(mediaDir()).catch(() => [])).toEqual([])
  })

  it('files are read back through /api/media/file/…, under the media read rule', async () => {
    const image = await backdrop()
    const { body } = await upload(`${unique('rule')}.jpg`, image)
    const { filename, sizes } = body.doc

    const asEditor = await rest('GET', `media/file/${filename}`, { token: editor.token, bytes: true })
    expect(asEditor.status).toBe(200)
    expect(asEditor.headers.get('content-type')).toBe('image/jpeg')
    expect((asEditor.body as Buffer).equals(image)).toBe(true)
    const card = await rest('GET', `media/file/${sizes.card.filename}`, { token: editor.token, bytes: true })
    expect((await sharp(card.body).metadata()).width).toBe(400)

    // An image nothing public uses is the editors' alone; as a person's picture it is everyone's.
    expect((await rest('GET', `media/file/${filename}`, { bytes: true })).status).toBe(403)
    await payload.create({ collection: 'people', data: { name: 'Khamla Phommachanh', profile: body.doc.id } })
    const anonymous = await rest('GET', `media/file/${sizes.thumbnail.filename}`, { bytes: true })
    expect(anonymous.status).toBe(200)
    expect((await sharp(anonymous.body).metadata()).width).toBe(200)

    // Parts (what a browser resumes with) and revalidation (what a cache asks) come from the bucket too.
    const part = await rest('GET', `media/file/${filename}`, { bytes: true, headers: { Range: 'bytes=0-9' } })
    expect(part.status).toBe(206)
    expect((part.body as Buffer).equals(image.subarray(0, 10))).toBe(true)
    expect(part.headers.get('content-range')).toBe(`bytes 0-9/${image.length}`)
    const etag = asEditor.headers.get('etag')!
    expect(etag).toBeTruthy()
    const again = await rest('GET', `media/file/${filename}`, { bytes: true, headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
  })

  it('an unknown file is a 404, not an error', async () => {
    const missing = await rest('GET', `media/file/${unique('nowhere')}.jpg`, { token: editor.token })
    expect(missing.status).toBe(404)
    expect(missing.body.errors[0].message).toBeTruthy()
  })

  it('deleting the document deletes its objects, and its files are gone', async () => {
    const { body } = await upload(`${unique('gone')}.jpg`, await backdrop())
    const { id, filename, sizes } = body.doc
    const objects = [filename, ...Object.values(sizes).map((size) => (size as { filename: string }).filename)]
    expect(await objectNames()).toEqual(expect.arrayContaining(objects.map((name) => `${prefix}/${name}`)))

    expect((await rest('DELETE', `media/${id}`, { token: editor.token })).status).toBe(200)
    const left = await objectNames()
    for (const name of objects) expect(left).not.toContain(`${prefix}/${name}`)
    expect((await rest('GET', `media/file/${filename}`, { token: editor.token })).status).toBe(404)
  })

  it('only editors upload: a viewer’s file never reaches the bucket', async () => {
    const viewer = await signIn(payload, 'viewer', 'media-viewer')
    const before = await objectNames()
    const name = `${unique('intruder')}.jpg`
    expect((await upload(name, await backdrop(), viewer.token)).status).toBe(403)
    expect(await objectNames()).toEqual(before)
  })
})
