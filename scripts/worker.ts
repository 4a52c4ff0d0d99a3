/**
 * `npm run worker`: runs Payload jobs (the TMDB bulk import, …) from the queue in PostgreSQL, as
 * many workers as you like beside the web instances. It never migrates (the deploy does): it
 * waits until the database has every migration of this build. SIGTERM or Ctrl-C: it takes no new
 * job, lets the current one finish for up to WORKER_STOP_GRACE_MS, else hands it back to the queue.
 */
import './lib/loadEnv'
import { getPayload, type Payload } from 'payload'
import { closePayload } from '../src/lib/database/closePayload'
import { defaultQueue, runNextJob, releaseJob } from '../src/lib/jobs/runJobs'
import { jobPollMilliseconds } from '../src/lib/jobs/settings'
import { webhookQueue } from '../src/lib/webhooks/settings'
import { pendingMigrations } from './lib/pendingMigrations'

/** Taken in turn, so a long import never holds back webhook deliveries for more than one job. */
const workerQueues = [defaultQueue, webhookQueue]

const stopGraceMs = Number(process.env.WORKER_STOP_GRACE_MS || 20_000)

let stopping = false
let wake: () => void = () => {}
const pause = (ms: number) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms)
    wake = () => {
      clearTimeout(timer)
      resolve()
    }
  })

async function untilMigrated(): Promise<void> {
  let told = ''
  while (!stopping) {
    const pending = await pendingMigrations()
    if (pending?.length === 0) return
    const state = pending ? `${pending.length} migration(s) pending (${pending.at(-1)})` : 'the database is unreachable'
    if (state !== told) console.log(`  Worker waiting: ${state}; \`npm run migrate\` (or the deploy) applies them`)
    told = state
    await pause(2_000)
  }
}

let current: { id: number | null; done: Promise<unknown> } = { id: null, done: Promise.resolve() }

async function work(payload: Payload): Promise<void> {
  payload.logger.info(`Worker ${process.pid} takes jobs from the queue`)
  while (!stopping) {
    let ranOne = false
    for (const queue of workerQueues) {
      if (stopping) break
      const run = runNextJob(payload, { queue, onClaim: (id) => (current.id = id) })
      current = { id: null, done: run.catch(() => {}) }
      try {
        if ((await run) !== null) ranOne = true
      } catch (error) {
        payload.logger.error({ err: error }, 'the worker could not run a job; trying again shortly')
      }
      current.id = null
    }
    if (!ranOne) await pause(jobPollMilliseconds())
  }
}

async function stop(payload: Payload | null, signal: NodeJS.Signals) {
  if (stopping) return
  stopping = true
  wake()
  console.log(`  Worker ${signal}: taking no new job`)
  if (payload) {
    const finished = await Promise.race([
      current.done.then(() => true),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), stopGraceMs)),
    ])
    const id = current.id
    if (!finished && id !== null) {
      console.log(`  Worker: job ${id} did not finish within ${stopGraceMs} ms; handing it back to the queue`)
      await releaseJob(payload, id).catch((error) => console.error('could not release job', id, error))
    }
  }
  if (payload) await closePayload(payload).catch(() => {})
  process.exit(0)
}

let payload: Payload | null = null
process.on('SIGTERM', (signal) => void stop(payload, signal))
process.on('SIGINT', (signal) => void stop(payload, signal))

await untilMigrated()
if (!stopping) {
  const { default: config } = await import('../payload.config')
  payload = await getPayload({ config })
  await work(payload)
}
