import { migrateDatabase } from '@/lib/database/migrateDatabase'
import { closePayload } from '@/lib/database/closePayload'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import type { TestProject } from 'vitest/node'
import { migrations } from '../../migrations'
import { startFakeGcs } from '../support/fakeGcs'
import { createThrowawayDatabase } from '../support/throwawayDatabase'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
    dataDir: string
    payloadSecret: string
    mediaStorageEnv: Record<string, string>
  }
}

/**
 * One migrated throwaway database and data folder for the integration run, dropped afterwards; and
 * a fake Google Cloud Storage holding the run's images, so every file's media takes the production
 * path (MEDIA_STORAGE=gcs) and nothing is written to the instance's disk.
 */
export default async function setup(project: TestProject) {
  const database = await createThrowawayDatabase('int')
  const gcs = await startFakeGcs()
  const mediaStorageEnv = gcs.env('lao-cinema-int-media')
  Object.assign(process.env, mediaStorageEnv)
  project.provide('mediaStorageEnv', mediaStorageEnv)
  const dataDir = await mkdtemp(path.join(tmpdir(), 'lao-cinema-int-data-'))
  process.env.DATABASE_URL = database.url
  process.env.DATA_DIR = dataDir
  process.env.PAYLOAD_SECRET = randomBytes(32).toString('hex')
  project.provide('databaseUrl', database.url)
  project.provide('dataDir', dataDir)
  project.provide('payloadSecret', process.env.PAYLOAD_SECRET)

  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  await migrateDatabase(payload, migrations)
  await closePayload(payload)

  return async () => {
    await database.drop()
    await gcs.close()
    await rm(dataDir, { recursive: true, force: true })
  }
}
