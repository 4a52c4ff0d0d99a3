import path from 'node:path'
import { dataDir } from '../storage/paths'
import { databaseUrl, embeddedPort } from './connection'
import { createDatabaseIfMissing } from './createDatabase'
import { startEmbeddedPostgres } from './embeddedPostgres'

/**
 * Makes sure the app's database exists: on DATABASE_URL's server when it is set, otherwise on an
 * embedded PostgreSQL that this process starts. Returns how to stop what it started.
 */
export async function bootDatabase(log: (message: string) => void = console.log): Promise<{
  url: string
  stop: () => Promise<void>
}> {
  let stop = async () => {}
  if (!process.env.DATABASE_URL) {
    const where = `127.0.0.1:${embeddedPort()} (data in ${dataDir()}/postgres)`
    log(`No DATABASE_URL: starting the embedded PostgreSQL on ${where}`)
    const server = await startEmbeddedPostgres({
      dataParent: path.join(dataDir(), 'postgres'),
      port: embeddedPort(),
      log: (message) => {
        if (/FATAL|ERROR|PANIC/.test(message)) log(message.trim())
      },
    })
    stop = server.stop
  }
  const url = databaseUrl()
  if (await createDatabaseIfMissing(url)) log(`Created database ${new URL(url).pathname.slice(1)}`)
  return { url, stop }
}
