import { createHash, randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { CRC32C } from '@google-cloud/storage'

export type FakeGcsObject = { name: string; bucket: string; data: Buffer; contentType: string; generation: string }

export type FakeGcs = {
  /** The `apiEndpoint` to give @google-cloud/storage (GCS_API_ENDPOINT). */
  url: string
  /** What the app needs to use this fake for media: MEDIA_STORAGE=gcs and the GCS_* settings. */
  env(bucket: string, prefix?: string): Record<string, string>
  /** The names of a bucket's objects, sorted. */
  names(bucket: string): string[]
  object(bucket: string, name: string): FakeGcsObject | undefined
  put(bucket: string, name: string, data: Buffer | string, contentType?: string): void
  /** Every request as `METHOD path?query`, oldest first. */
  requests: string[]
  close(): Promise<void>
}

type Session = { bucket: string; name: string; contentType: string; chunks: Buffer[] }

/**
 * A local server speaking the parts of the Google Cloud Storage JSON API that
 * @google-cloud/storage uses to save, read, list, inspect and delete objects: media, multipart and
 * resumable uploads, `alt=media` downloads (with Range), object metadata and listings, deletion. Buckets appear
 * on first use. The client skips authentication for a custom `apiEndpoint`, as it does for Google's
 * own emulators, so no credentials are needed. Several app instances may share one: start it in the
 * test's process and give each instance `env(bucket)`.
 */
export async function startFakeGcs(options: { port?: number } = {}): Promise<FakeGcs> {
  const buckets = new Map<string, Map<string, FakeGcsObject>>()
  const sessions = new Map<string, Session>()
  const requests: string[] = []
  let generation = Date.now()
  const bucketOf = (name: string) => buckets.get(name) ?? buckets.set(name, new Map()).get(name)!

  const store = (bucket: string, name: string, data: Buffer, contentType: string) => {
    const object = { bucket, name, data, contentType, generation: String(++generation) }
    bucketOf(bucket).set(name, object)
    return object
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: Error) => {
      if (!response.headersSent) sendError(response, 500, error.message)
      else response.destroy(error)
    })
  })

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url!, 'http://fake-gcs')
    requests.push(`${request.method} ${url.pathname}${url.search}`)
    const upload = /^\/upload\/storage\/v1\/b\/([^/]+)\/o$/.exec(url.pathname)
    if (upload) return receiveUpload(request, response, decodeURIComponent(upload[1]!), url)
    const list = /^\/storage\/v1\/b\/([^/]+)\/o$/.exec(url.pathname)
    if (list && request.method === 'GET') {
      const prefix = url.searchParams.get('prefix') ?? ''
      const objects = [...(buckets.get(decodeURIComponent(list[1]!))?.values() ?? [])]
      const items = objects.filter((o) => o.name.startsWith(prefix)).map(metadataOf)
      return sendJson(response, 200, { kind: 'storage#objects', items })
    }
    const object = /^\/(?:download\/)?storage\/v1\/b\/([^/]+)\/o\/(.+)$/.exec(url.pathname)
    if (!object) return sendError(response, 404, `Not Found: ${url.pathname}`)
    const found = buckets.get(decodeURIComponent(object[1]!))?.get(decodeURIComponent(object[2]!))
    if (!found) return sendError(response, 404, 'No such object')
    if (request.method === 'DELETE') {
      buckets.get(found.bucket)!.delete(found.name)
      return response.writeHead(204).end()
    }
    if (request.method !== 'GET') return sendError(response, 405, 'Method not allowed')
    if (url.searchParams.get('alt') === 'media') return sendMedia(request, response, found)
    sendJson(response, 200, metadataOf(found))
  }

  async function receiveUpload(request: IncomingMessage, response: ServerResponse, bucket: string, url: URL) {
    const body = await bodyOf(request)
    const type = url.searchParams.get('uploadType')
    const uploadId = url.searchParams.get('upload_id')
    if (request.method === 'PUT' && uploadId) return continueSession(request, response, uploadId, body)
    if (request.method !== 'POST') return sendError(response, 405, 'Method not allowed')
    if (type === 'media') {
      const name = url.searchParams.get('name')
      if (!name) return sendError(response, 400, 'Required parameter: name')
      return sendJson(response, 200, metadataOf(store(bucket, name, body, contentTypeOf(request))))
    }
    if (type === 'multipart') {
      const [metadataPart, mediaPart] = multipartParts(body, request.headers['content-type'] ?? '')
      if (!metadataPart || !mediaPart) return sendError(response, 400, 'A multipart upload has two parts')
      const metadata = JSON.parse(metadataPart.body.toString('utf8')) as { name?: string; contentType?: string }
      const name = url.searchParams.get('name') ?? metadata.name
      if (!name) return sendError(response, 400, 'Required parameter: name')
      const contentType = metadata.contentType ?? mediaPart.contentType ?? 'application/octet-stream'
      return sendJson(response, 200, metadataOf(store(bucket, name, mediaPart.body, contentType)))
    }
    if (type === 'resumable') {
      const metadata = (body.length ? JSON.parse(body.toString('utf8')) : {}) as { name?: string; contentType?: string }
      const name = url.searchParams.get('name') ?? metadata.name
      if (!name) return sendError(response, 400, 'Required parameter: name')
      const id = randomUUID()
      const contentType = String(request.headers['x-upload-content-type'] ?? metadata.contentType ?? '')
      sessions.set(id, { bucket, name, contentType: contentType || 'application/octet-stream', chunks: [] })
      const session = new URL(url)
      session.searchParams.set('upload_id', id)
      return response.writeHead(200, { Location: `${fake.url}${session.pathname}${session.search}` }).end()
    }
    sendError(response, 400, `Unsupported uploadType: ${type}`)
  }

  // Content-Range is `bytes first-last/total`, `bytes first-*/total` (the rest, in this request) or
  // `bytes */total` (a status check); total is `*` while the client does not know it yet.
  function continueSession(request: IncomingMessage, response: ServerResponse, id: string, body: Buffer) {
    const session = sessions.get(id)
    if (!session) return sendError(response, 404, 'No such upload session')
    session.chunks.push(body)
    const received = session.chunks.reduce((sum, chunk) => sum + chunk.length, 0)
    const range = /^bytes (\*|\d+-(?:\d+|\*))\/(\d+|\*)$/.exec(String(request.headers['content-range'] ?? ''))
    if (!range) return sendError(response, 400, 'Content-Range required')
    const total = range[2] === '*' ? (range[1]!.endsWith('*') ? received : null) : Number(range[2])
    if (total === null || received < total) {
      const headers = received ? { Range: `bytes=0-${received - 1}` } : undefined
      return response.writeHead(308, headers).end()
    }
    sessions.delete(id)
    sendJson(
      response,
      200,
      metadataOf(store(session.bucket, session.name, Buffer.concat(session.chunks), session.contentType)),
    )
  }

  function sendMedia(request: IncomingMessage, response: ServerResponse, object: FakeGcsObject) {
    const size = object.data.length
    const headers = {
      'Content-Type': object.contentType,
      'x-goog-hash': `crc32c=${crc32cOf(object.data)},md5=${md5Of(object.data)}`,
      'x-goog-stored-content-encoding': 'identity',
      'x-goog-generation': object.generation,
      ETag: etagOf(object),
    }
    const range = /^bytes=(\d*)-(\d*)$/.exec(String(request.headers.range ?? ''))
    if (!range || (!range[1] && !range[2])) {
      return response.writeHead(200, { ...headers, 'Content-Length': size }).end(object.data)
    }
    const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]))
    const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1
    if (start > end || start >= size) return sendError(response, 416, 'Requested range not satisfiable')
    response
      .writeHead(206, {
        ...headers,
        'Content-Length': end - start + 1,
        'Content-Range': `bytes ${start}-${end}/${size}`,
      })
      .end(object.data.subarray(start, end + 1))
  }

  const metadataOf = (object: FakeGcsObject) => ({
    kind: 'storage#object',
    id: `${object.bucket}/${object.name}/${object.generation}`,
    name: object.name,
    bucket: object.bucket,
    generation: object.generation,
    metageneration: '1',
    contentType: object.contentType,
    size: String(object.data.length),
    md5Hash: md5Of(object.data),
    crc32c: crc32cOf(object.data),
    etag: etagOf(object),
    storageClass: 'STANDARD',
    timeCreated: new Date(Number(object.generation)).toISOString(),
    updated: new Date(Number(object.generation)).toISOString(),
  })

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  const fake: FakeGcs = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    env: (bucket, prefix = 'media') => ({
      MEDIA_STORAGE: 'gcs',
      GCS_BUCKET: bucket,
      GCS_MEDIA_PREFIX: prefix,
      GCS_API_ENDPOINT: fake.url,
    }),
    names: (bucket) => [...(buckets.get(bucket)?.keys() ?? [])].sort(),
    object: (bucket, name) => buckets.get(bucket)?.get(name),
    put: (bucket, name, data, contentType = 'application/octet-stream') => {
      store(bucket, name, Buffer.from(data), contentType)
    },
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
  return fake
}

const md5Of = (data: Buffer) => createHash('md5').update(data).digest('base64')
const crc32cOf = (data: Buffer) => {
  const crc32c = new CRC32C()
  crc32c.update(data)
  return crc32c.toString()
}
const etagOf = (object: FakeGcsObject) => `"${createHash('md5').update(object.data).digest('hex')}"`
const contentTypeOf = (request: IncomingMessage) => request.headers['content-type'] ?? 'application/octet-stream'

async function bodyOf(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** The parts of a multipart/related body (a JSON metadata part, then the media), binary-safe. */
function multipartParts(body: Buffer, contentType: string): { contentType?: string; body: Buffer }[] {
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1]
  if (!boundary) return []
  const delimiter = Buffer.from(`--${boundary}`)
  const parts: { contentType?: string; body: Buffer }[] = []
  let start = body.indexOf(delimiter)
  while (start !== -1) {
    const next = body.indexOf(delimiter, start + delimiter.length)
    if (next === -1) break
    const part = body.subarray(start + delimiter.length, next)
    const headerEnd = part.indexOf('\r\n\r\n')
    if (headerEnd !== -1) {
      const head = part.subarray(0, headerEnd).toString('utf8')
      // The part ends with the CRLF that precedes the next delimiter.
      const content = part.subarray(headerEnd + 4, part.length - 2)
      parts.push({ contentType: /content-type:\s*([^\r\n;]+)/i.exec(head)?.[1], body: content })
    }
    start = next
  }
  return parts
}

function sendJson(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=UTF-8' }).end(JSON.stringify(body))
}

function sendError(response: ServerResponse, code: number, message: string) {
  const reason = code === 404 ? 'notFound' : code === 416 ? 'requestedRangeNotSatisfiable' : 'invalid'
  sendJson(response, code, { error: { code, message, errors: [{ message, domain: 'global', reason }] } })
}
