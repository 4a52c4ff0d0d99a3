import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { createDatabaseIfMissing, dropDatabase } from '@/lib/database/createDatabase'
import { withDatabase } from '@/lib/database/connection'
import { startEmbeddedPostgres } from '@/lib/database/embeddedPostgres'
import { freePort } from '../../scripts/lib/freePort'

/**
 * A database that exists for one test run: on DATABASE_URL's server when it is set (CI, or a
 * developer's own PostgreSQL), otherwise on an embedded PostgreSQL started for the run.
 */
export async function createThrowawayDatabase(purpose: string) {
  const name = `lao_cinema_${purpose}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`
  let stopServer = async () => {}
  let tempDir: string | undefined
  let serverUrl = process.env.DATABASE_URL
  if (!serverUrl) {
    tempDir = await mkdtemp(path.join(tmpdir(), `lao-cinema-${purpose}-pg-`))
    // A port of its own, so that test runs side by side never share (or stop) each other's server.
    const server = await startEmbeddedPostgres({ dataParent: tempDir, port: await freePort(), persistent: false })
    serverUrl = server.serverUrl()
    stopServer = server.stop
  }
  const url = withDatabase(serverUrl, name)
  await createDatabaseIfMissing(url)
  return {
    url,
    async drop() {
      // An embedded server is thrown away whole (it may already be stopping on the same signal).
      if (!tempDir) await dropDatabase(url)
      await stopServer()
      if (tempDir) await rm(tempDir, { recursive: true, force: true })
    },
  }
}

export { freePort }
