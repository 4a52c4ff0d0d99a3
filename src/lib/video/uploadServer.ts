import { AsyncLocalStorage } from 'node:async_hooks'
import { FileStore } from '@tus/file-store'
import { Server, type Upload } from '@tus/server'
import { uploadDir } from '../storage/paths'

/** The tus endpoint editors upload master files to (README › Video and trailers). */
export const videoUploadPath = '/api/video-uploads'

/** The largest master file accepted: a two-hour film in ProRes is about 150 GB; a typical export far less. */
export const videoUploadMaxBytes = (): number => Number(process.env.VIDEO_UPLOAD_MAX_BYTES || 200 * 1024 ** 3)

export type UploadHooks<Caller> = {
  /** Checks the upload's metadata before any byte is stored; throw a `{ status_code, body }` to refuse. */
  beforeCreate(caller: Caller, metadata: Record<string, string | null>): Promise<void>
  /** The last byte has arrived: hand the file on (to the transcoding job). */
  finished(caller: Caller, upload: Upload): Promise<void>
}

/**
 * A resumable upload (tus 1.0, https://tus.io/protocols/resumable-upload) onto local disk under
 * UPLOAD_DIR: a dropped connection loses at most the chunk in flight, and the client asks for the
 * offset and sends the rest. The caller is authenticated before a request reaches here and is
 * carried to the hooks alongside it.
 */
export function videoUploadServer<Caller>(hooks: UploadHooks<Caller>) {
  const callers = new AsyncLocalStorage<Caller>()
  const server = new Server({
    path: videoUploadPath,
    datastore: new FileStore({ directory: uploadDir() }),
    relativeLocation: true,
    maxSize: videoUploadMaxBytes(),
    // An upload in several pieces may arrive at several web instances; they share UPLOAD_DIR.
    respectForwardedHeaders: false,
    onUploadCreate: async (_req, upload) => {
      await hooks.beforeCreate(callers.getStore()!, upload.metadata ?? {})
      return {}
    },
    onUploadFinish: async (_req, upload) => {
      await hooks.finished(callers.getStore()!, upload)
      return {}
    },
  })
  return (request: Request, caller: Caller): Promise<Response> => callers.run(caller, () => server.handleWeb(request))
}
