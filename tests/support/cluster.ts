import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startHaproxy } from './haproxy'
import { startProcess, waitForHttp, type Started } from './processes'
import { createThrowawayDatabase } from './throwawayDatabase'

/** What the load balancer asks every instance, every half second: is the process answering. */
export const healthPath = '/api/health'

export type ClusterOptions = {
  /** One port per web instance. */
  webPorts: number[]
  loadBalancerPort: number
  statsPort: number
  /** The Redis database (a number of its own: the cluster empties it before and after). */
  redisUrl: string
  /** Added to every process's environment (TMDB stand-in, storage). */
  env: Record<string, string>
}

export type WebInstance = { name: string; url: string; process: Started; dataDir: string }

/**
 * The production process model on one machine: one PostgreSQL database migrated once, N web
 * instances of the production build (`npm start`, each with its own DATA_DIR so that nothing
 * passes between them through the disk), haproxy in front of them, one Redis, and workers on
 * demand. `stop()` ends every process it started and drops the database.
 */
export async function startCluster(options: ClusterOptions) {
  const database = await createThrowawayDatabase('cluster')
  const scratch = mkdtempSync(path.join(tmpdir(), 'lao-cinema-cluster-'))
  const started: { stop: () => Promise<void> }[] = []
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.env,
    NODE_ENV: 'production',
    DATABASE_URL: database.url,
    REDIS_URL: options.redisUrl,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    NEXT_TELEMETRY_DISABLED: '1',
    PAYMENT_PROVIDER: 'demo',
    // haproxy appends to X-Forwarded-For: one hop.
    TRUSTED_PROXY_HOPS: '1',
    // Migrations ran once, below, before any instance started (as the deploy's migration job does).
    MIGRATE_ON_START: 'false',
  }
  const dataDirOf = (name: string) => mkdtempSync(path.join(scratch, `${name}-`))
  const tsx = (script: string, args: string[] = []): [string, string[]] => [
    process.execPath,
    ['--import', 'tsx', script, ...args],
  ]

  const stop = async () => {
    await Promise.allSettled(started.map((process) => process.stop()))
    await flushRedis(options.redisUrl).catch(() => {})
    await database.drop().catch((error) => console.error('could not drop the cluster database', error))
    rmSync(scratch, { recursive: true, force: true })
  }

  try {
    await flushRedis(options.redisUrl)
    const migrate = startProcess('cluster-migrate', ...tsx('scripts/migrate.ts'), {
      ...env,
      DATA_DIR: dataDirOf('migrate'),
    })
    started.push(migrate)
    const migrated = await migrate.exited
    if (migrated !== 0) throw new Error(`npm run migrate failed (${migrated})`)

    const web: WebInstance[] = options.webPorts.map((port, i) => {
      const name = `web${i + 1}`
      const dataDir = dataDirOf(name)
      const server = startProcess(`cluster-${name}`, ...tsx('scripts/start.ts', ['-p', String(port)]), {
        ...env,
        DATA_DIR: dataDir,
      })
      started.push(server)
      return { name, url: `http://127.0.0.1:${port}`, process: server, dataDir }
    })
    // Ready: PostgreSQL answers with every migration of this build applied (they ran above).
    await Promise.all(web.map((w) => waitForHttp(`${w.url}/api/ready`, { timeoutMs: 180_000, process: w.process })))

    const loadBalancer = await startHaproxy({
      port: options.loadBalancerPort,
      statsPort: options.statsPort,
      healthPath,
      backends: web.map((w, i) => ({ name: w.name, port: options.webPorts[i]! })),
    })
    started.push(loadBalancer)

    let workers = 0
    return {
      databaseUrl: database.url,
      web,
      loadBalancer,
      /** Starts a worker (`npm run worker`) with a DATA_DIR of its own. */
      startWorker() {
        const name = `worker${++workers}`
        const worker = startProcess(`cluster-${name}`, ...tsx('scripts/worker.ts'), {
          ...env,
          DATA_DIR: dataDirOf(name),
        })
        started.push(worker)
        return worker
      },
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}

export type Cluster = Awaited<ReturnType<typeof startCluster>>

/** FLUSHDB on the database `url` names, in Redis's own protocol (the test needs no client library). */
function flushRedis(url: string): Promise<void> {
  const { hostname, port, pathname } = new URL(url)
  const command = (...parts: string[]) =>
    `*${parts.length}\r\n${parts.map((part) => `$${Buffer.byteLength(part)}\r\n${part}\r\n`).join('')}`
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port || 6379), hostname, () =>
      socket.write(command('SELECT', pathname.slice(1) || '0') + command('FLUSHDB')),
    )
    let answer = ''
    socket.setTimeout(5_000, () => socket.destroy(new Error(`Redis at ${url} did not answer`)))
    socket.on('data', (chunk) => {
      answer += chunk
      if (answer.split('\r\n').length > 2) {
        socket.end()
        if (answer.startsWith('+OK\r\n+OK')) resolve()
        else reject(new Error(`Redis refused FLUSHDB: ${answer}`))
      }
    })
    socket.on('error', reject)
  })
}
