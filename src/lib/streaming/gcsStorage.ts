import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { gcsClient } from '../storage/gcsClient'
import type { VideoStorage } from './videoStorage'

type GcsSettings = {
  bucket: string
  /** Folder inside the bucket that holds the ladders ('' for the bucket's root). */
  prefix: string
  /** The service account whose key signs URLs locally, without asking Google. */
  clientEmail: string
  privateKey: string
  projectId?: string
  /** Another endpoint that speaks the GCS JSON API (an emulator, in tests). */
  apiEndpoint?: string
  /** How long a signed object URL stays valid; it is issued at the moment of the request. */
  urlLifetimeSeconds: number
}

/** Playlists never change once a ladder is uploaded; keep a few hundred to spare the bucket a read. */
const playlistCacheSize = 500

/**
 * Video storage in a Google Cloud Storage bucket (production). Segment bytes never pass through
 * the app: each object request is answered with a redirect to a V4 signed URL made with the
 * service account's key.
 */
export function gcsStorage(settings: GcsSettings): VideoStorage {
  const bucket = gcsClient(settings).bucket(settings.bucket)
  const objectName = (objectPath: string) =>
    settings.prefix ? `${settings.prefix.replace(/\/+$/, '')}/${objectPath}` : objectPath
  const playlists = new Map<string, string>()

  return {
    async putFolder(localFolder, objectPrefix) {
      const files = await readdir(localFolder, { recursive: true, withFileTypes: true })
      const uploads = files
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(localFolder, path.join(entry.parentPath, entry.name)))
      // The master playlist last: until it exists, nothing points at the new prefix.
      uploads.sort((a, b) => Number(a.endsWith('master.m3u8')) - Number(b.endsWith('master.m3u8')))
      for (const file of uploads) {
        await bucket.upload(path.join(localFolder, file), {
          destination: objectName(path.posix.join(objectPrefix, file.split(path.sep).join('/'))),
          resumable: false,
        })
      }
    },
    async readText(objectPath) {
      const cached = playlists.get(objectPath)
      if (cached !== undefined) return cached
      try {
        const [contents] = await bucket.file(objectName(objectPath)).download()
        const text = contents.toString('utf8')
        if (playlists.size >= playlistCacheSize) playlists.delete(playlists.keys().next().value!)
        playlists.set(objectPath, text)
        return text
      } catch (error) {
        if ((error as { code?: number }).code === 404) return null
        throw error
      }
    },
    async deliver(objectPath) {
      // Each request gets a fresh URL; nothing may keep the redirect.
      return new Response(null, {
        status: 302,
        headers: { Location: await signedObjectUrl(objectPath), 'Cache-Control': 'private, no-store' },
      })
    },
  }

  async function signedObjectUrl(objectPath: string): Promise<string> {
    const [url] = await bucket.file(objectName(objectPath)).getSignedUrl({
      version: 'v4',
      action: 'read',
      expires: Date.now() + settings.urlLifetimeSeconds * 1000,
    })
    return url
  }
}
