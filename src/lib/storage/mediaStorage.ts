import { rm } from 'node:fs/promises'
import path from 'node:path'
import type { Bucket } from '@google-cloud/storage'
import { cloudStoragePlugin } from '@payloadcms/plugin-cloud-storage'
import { getFileKey } from '@payloadcms/plugin-cloud-storage/utilities'
import type { Plugin } from 'payload'
import { gcsClient, gcsConnectionFromEnvironment, type Environment, type GcsConnection } from './gcsClient'
import { gcsMediaAdapter, useCompositePrefixes } from './gcsMediaAdapter'
import { mediaDir } from './paths'

type MediaStorage = { kind: 'local' } | { kind: 'gcs'; bucket: string; prefix: string; connection: GcsConnection }

/** Where uploaded images live: MEDIA_STORAGE=gcs (a bucket, shared by every instance), else MEDIA_DIR. */
export function mediaStorageFromEnvironment(env: Environment = process.env): MediaStorage {
  const kind = env.MEDIA_STORAGE || 'local'
  if (kind === 'local') return { kind }
  if (kind !== 'gcs') throw new Error(`MEDIA_STORAGE must be "local" or "gcs", not "${kind}".`)
  if (!env.GCS_BUCKET) throw new Error('MEDIA_STORAGE=gcs needs GCS_BUCKET.')
  return {
    kind,
    bucket: env.GCS_BUCKET,
    prefix: env.GCS_MEDIA_PREFIX ?? 'media',
    connection: gcsConnectionFromEnvironment(env),
  }
}

const buckets = new Map<string, Bucket>()
const bucketOf = (storage: Extract<MediaStorage, { kind: 'gcs' }>) => () => {
  const key = `${storage.connection.apiEndpoint ?? ''} ${storage.bucket}`
  if (!buckets.has(key)) buckets.set(key, gcsClient(storage.connection).bucket(storage.bucket))
  return buckets.get(key)!
}

/**
 * Payload's official cloud-storage plugin on the media collection. With local storage it is
 * disabled and Payload writes to MEDIA_DIR itself, but its fields (`prefix`, `_objectKey`) stay in
 * the schema, so one set of migrations serves both.
 */
export function mediaStoragePlugin(env: Environment = process.env): Plugin {
  const storage = mediaStorageFromEnvironment(env)
  return cloudStoragePlugin({
    enabled: storage.kind === 'gcs',
    alwaysInsertFields: true,
    useCompositePrefixes,
    collections: {
      media:
        storage.kind === 'gcs'
          ? { adapter: gcsMediaAdapter(bucketOf(storage)), prefix: storage.prefix }
          : { adapter: null },
    },
  })
}

/**
 * Removes stored files whose documents never were (a rolled-back transaction kept no row, but the
 * files were already written).
 */
export async function removeMediaFiles(filenames: string[], env: Environment = process.env): Promise<void> {
  const storage = mediaStorageFromEnvironment(env)
  if (storage.kind === 'local') {
    await Promise.all(filenames.map((file) => rm(path.join(mediaDir(), file), { force: true })))
    return
  }
  const bucket = bucketOf(storage)()
  await Promise.all(
    filenames.map((filename) =>
      bucket
        .file(getFileKey({ collectionPrefix: storage.prefix, docPrefix: '', filename, useCompositePrefixes }).fileKey)
        .delete({ ignoreNotFound: true }),
    ),
  )
}
