import type { Payload } from 'payload'
import { z } from 'zod'
import type { User } from '../../../payload-types'
import { errorBody, errorResponse } from '@/lib/http/errorResponse'
import { PublicError } from '@/lib/http/errors'
import { id, parseParams, text } from '@/lib/http/parse'
import { videoUploadServer } from '@/lib/video/uploadServer'
import { isEditor } from '../../access/roles'
import { queueTranscode } from '../queueTranscode'

type Caller = { payload: Payload; user: User }

const uploadMetadata = z.object({
  movie: id,
  kind: z.enum(['video', 'trailer'], { error: 'kind must be "video" or "trailer"' }),
  filename: text(300).optional(),
})

const parseMetadata = (metadata: Record<string, string | null | undefined>) =>
  parseParams(uploadMetadata, { movie: metadata.movie, kind: metadata.kind, filename: metadata.filename ?? undefined })

/** tus answers what a hook throws as `{ status_code, body }`; ours throw PublicError. */
async function asTusRefusal<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (!(error instanceof PublicError)) throw error
    throw { status_code: error.status, body: JSON.stringify(errorBody(error.message, error.field)) }
  }
}

const handle = videoUploadServer<Caller>({
  beforeCreate: (caller, metadata) =>
    asTusRefusal(async () => {
      const { movie } = parseMetadata(metadata)
      const found = await caller.payload.findByID({
        collection: 'movies',
        id: movie,
        depth: 0,
        draft: true,
        overrideAccess: true,
        disableErrors: true,
        select: { slug: true },
      })
      if (!found) throw new PublicError(404, 'There is no such film.', 'movie')
    }),
  finished: (caller, upload) =>
    asTusRefusal(async () => {
      const { movie, kind, filename } = parseMetadata(upload.metadata ?? {})
      const transcode = await caller.payload.create({
        collection: 'video-transcodes',
        overrideAccess: true,
        depth: 0,
        data: {
          movie,
          kind,
          status: 'queued',
          progress: 0,
          uploadId: upload.id,
          fileName: filename,
          fileSize: upload.size,
          requestedBy: caller.user.id,
        },
      })
      await queueTranscode(caller.payload, transcode.id)
    }),
})

/**
 * /api/video-uploads[/:id] — editors' resumable uploads of a film's master file or trailer (tus:
 * POST creates with metadata `movie`, `kind`, `filename`; PATCH sends bytes from an offset; HEAD
 * tells the offset to resume from). The last byte queues the transcoding job. Payload does not
 * guard this route: the session is checked here, before tus reads anything.
 */
export async function handleVideoUpload(request: Request, payload: Payload): Promise<Response> {
  const { user } = await payload.auth({ headers: request.headers })
  if (request.method !== 'OPTIONS') {
    if (!user) return errorResponse(401, 'Log in as an editor to upload video.')
    if (!isEditor(user)) return errorResponse(403, 'Only editors and admins can upload video.')
  }
  const response = await handle(request, { payload, user: user as User })
  if (response.status < 400 || response.headers.get('content-type')?.includes('json')) return response
  // tus explains its own refusals in plain text, and sends ours as text; every API error here is
  // `{ errors: [{ message }] }` in JSON.
  const said = (await response.text()).trim()
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  if (said.startsWith('{"errors":')) {
    headers.set('content-type', 'application/json')
    return new Response(said, { status: response.status, headers })
  }
  return errorResponse(response.status, said || `HTTP ${response.status}`, undefined, { headers })
}
