import { gcsConnectionFromEnvironment } from '../storage/gcsClient'
import { gcsStorage } from './gcsStorage'
import { localDiskStorage } from './localDiskStorage'
import type { VideoStorage } from './videoStorage'

let storage: VideoStorage | undefined

/** The video storage the environment names: VIDEO_STORAGE=gcs (with GCS_*), else local disk. */
export function configuredVideoStorage(): VideoStorage {
  storage ??= storageFromEnvironment(process.env)
  return storage
}

function storageFromEnvironment(env: NodeJS.ProcessEnv): VideoStorage {
  const kind = env.VIDEO_STORAGE || 'local'
  if (kind === 'local') return localDiskStorage()
  if (kind !== 'gcs') throw new Error(`VIDEO_STORAGE must be "local" or "gcs", not "${kind}".`)
  const missing = ['GCS_BUCKET', 'GCS_CLIENT_EMAIL', 'GCS_PRIVATE_KEY'].filter((name) => !env[name])
  if (missing.length) throw new Error(`VIDEO_STORAGE=gcs needs ${missing.join(', ')}.`)
  const connection = gcsConnectionFromEnvironment(env)
  return gcsStorage({
    ...connection,
    bucket: env.GCS_BUCKET!,
    prefix: env.GCS_VIDEO_PREFIX ?? '',
    // Checked above: signing segment URLs needs the key itself.
    clientEmail: connection.clientEmail!,
    privateKey: connection.privateKey!,
    urlLifetimeSeconds: Number(env.GCS_URL_LIFETIME_SECONDS || 120),
  })
}
