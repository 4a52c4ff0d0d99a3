import { Readable } from 'node:stream'
import type { Bucket, File } from '@google-cloud/storage'
import type { Adapter, GeneratedAdapter } from '@payloadcms/plugin-cloud-storage/types'
import { getStorageFilePath } from '@payloadcms/plugin-cloud-storage/utilities'
import type { PayloadRequest } from 'payload'
import { getRangeRequestInfo } from 'payload/internal'

/**
 * Keys are the collection prefix (GCS_MEDIA_PREFIX) joined to the document's own (empty) prefix and
 * the file name, so a document never stores where the bucket keeps it.
 */
export const useCompositePrefixes = true

/**
 * Payload's cloud-storage adapter for a Google Cloud Storage bucket: the original and every image
 * size are saved as objects, deleted with their document, and served back through Payload's
 * `/api/<collection>/file/<name>` route, so the collection's read rule decides who sees a file
 * before a byte is read. The official @payloadcms/storage-gcs does the same but is published only
 * for an older Payload than ours.
 */
export function gcsMediaAdapter(bucket: () => Bucket): Adapter {
  return ({ collection, prefix: collectionPrefix = '' }) => {
    return {
      // No generateURL: a document's url stays Payload's own route, whose read rule applies.
      name: 'gcs',
      async handleUpload({ file, storageFilePath }) {
        // One request per image: a resumable session only pays off for files far larger than these.
        await bucket()
          .file(storageFilePath)
          .save(file.buffer, { resumable: false, metadata: { contentType: file.mimeType } })
      },
      async handleDelete({ storageFilePath }) {
        await bucket().file(storageFilePath).delete({ ignoreNotFound: true })
      },
      async staticHandler(req, { doc, headers, params }) {
        const key = await getStorageFilePath({
          collection,
          collectionPrefix,
          doc,
          filename: params.filename,
          prefixQueryParam: params.prefix,
          req,
          useCompositePrefixes,
        })
        return serveObject(req, bucket().file(key), headers, collection)
      },
    } satisfies GeneratedAdapter
  }
}

async function serveObject(
  req: PayloadRequest,
  object: File,
  incoming: Headers | undefined,
  collection: Parameters<Adapter>[0]['collection'],
): Promise<Response> {
  let metadata
  try {
    ;[metadata] = await object.getMetadata()
  } catch (error) {
    if ((error as { code?: number }).code === 404) {
      return Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })
    }
    req.payload.logger.error({ err: error, msg: `Could not read ${object.name} from the media bucket` })
    return Response.json(
      { errors: [{ message: 'Images are unavailable for a moment; try again shortly.' }] },
      { status: 503, headers: { 'Retry-After': '5' } },
    )
  }
  const size = Number(metadata.size)
  const range = getRangeRequestInfo({ fileSize: size, rangeHeader: req.headers.get('range') })
  let headers = new Headers(incoming)
  for (const [name, value] of Object.entries(range.headers)) headers.set(name, String(value))
  if (range.type === 'invalid') return new Response(null, { status: range.status, headers })
  headers.set('Content-Type', String(metadata.contentType))
  headers.set('ETag', String(metadata.etag))
  headers.set('X-Content-Type-Options', 'nosniff')
  if (typeof collection.upload === 'object' && collection.upload.modifyResponseHeaders) {
    headers = collection.upload.modifyResponseHeaders({ headers }) || headers
  }
  if (req.headers.get('if-none-match') === metadata.etag) return new Response(null, { status: 304, headers })
  const part = range.type === 'partial' ? { start: range.rangeStart, end: range.rangeEnd } : {}
  const body = Readable.toWeb(object.createReadStream(part)) as ReadableStream<Uint8Array>
  return new Response(body, { status: range.status, headers })
}
