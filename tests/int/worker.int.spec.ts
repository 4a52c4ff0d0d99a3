import pg from 'pg'
import type { Payload } from 'payload'
import { withDatabase } from '@/lib/database/connection'
import { createDatabaseIfMissing, dropDatabase } from '@/lib/database/createDatabase'
import { claimJob } from '@/lib/jobs/claimJob'
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'
import { fixtureFilm, startFakeTmdb, type FakeTmdb } from '../support/fakeTmdb'
import { startWorker, type WorkerProcess } from '../support/workerProcess'
import { rest } from './helpers/api'
import { signIn, type SignedIn } from './helpers/fixtures'
import { testPayload } from './helpers/payload'

/**
 * The worker tier with real processes: bulk imports queued through the web API (this process,
 * configured as production web instances are: JOBS_RUN_IN_WEB=false) and run by `npm run worker`
 * children on the same PostgreSQL, against the fake TMDB.
 */
let tmdb: FakeTmdb
let editor: SignedIn
let payload: Payload
let sql: pg.Client
const workers: WorkerProcess[] = []
const runsJobsBefore = process.env.JOBS_RUN_IN_WEB

let nextTmdbId = 9_100
/** Films TMDB knows, each answering its details request after `slowMs`. */
function filmsAtTmdb(count: number, slowMs = 0): number[] {
  return Array.from({ length: count }, () => {
    const id = nextTmdbId++
    const { film, people } = fixtureFilm(id)
    tmdb.addFilm(film, people)
    if (slowMs) tmdb.behaviour.slow.set(`/movie/${id}`, slowMs)
    return id
  })
}

async function queueBulkImport(tmdbIds: number[]): Promise<number> {
  const r = await rest('POST', 'movies/import-tmdb/bulk', { token: editor.token, body: { tmdbIds } })
  expect(r.status).toBe(202)
  return r.body.doc.id
}

const batch = async (id: number) =>
  (await rest('GET', `tmdb-imports/${id}?depth=0`, { token: editor.token })).body as {
    status: string
    processed: number
    results: { tmdbId: number; outcome: string }[]
  }

type JobRow = { id: number; processing: boolean; completed_at: Date | null; has_error: boolean; total_tried: string }
/** The batch's job, until Payload deletes it on completion (its default, deleteJobOnComplete). */
async function jobOf(batchId: number): Promise<JobRow | null> {
  const { rows } = await sql.query(`SELECT * FROM payload_jobs WHERE (input->>'batchId')::int = $1`, [batchId])
  expect(rows.length).toBeLessThanOrEqual(1)
  return rows[0] ?? null
}
const completedAndGone = (batchId: number) =>
  until(
    `job ${batchId} to complete`,
    () => jobOf(batchId),
    (j) => !j,
  )

async function until<T>(what: string, probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 150_000) {
  const stop = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (done(value)) return value
    if (Date.now() > stop) {
      const logs = workers.map((w, i) => `--- worker ${i} ---\n${w.output().slice(-3000)}`).join('\n')
      throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(value)}\n${logs}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

function worker(env: Record<string, string> = {}): WorkerProcess {
  const started = startWorker({
    ...tmdb.env(),
    DATABASE_URL: inject('databaseUrl'),
    DATA_DIR: inject('dataDir'),
    PAYLOAD_SECRET: inject('payloadSecret'),
    JOBS_POLL_MS: '200',
    ...env,
  })
  workers.push(started)
  return started
}

const filmsWithTmdbIds = async (ids: number[]) =>
  (await sql.query(`SELECT tmdb_id::int AS tmdb_id FROM movies WHERE tmdb_id = ANY($1::int[])`, [ids])).rows.map(
    (r) => r.tmdb_id,
  )

beforeAll(async () => {
  process.env.JOBS_RUN_IN_WEB = 'false'
  tmdb = await startFakeTmdb()
  Object.assign(process.env, tmdb.env())
  ;({ payload } = await testPayload())
  editor = await signIn(payload, 'editor', 'worker-editor')
  sql = new pg.Client({ connectionString: inject('databaseUrl') })
  await sql.connect()
})
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop('SIGKILL')))
})
afterAll(async () => {
  if (runsJobsBefore === undefined) delete process.env.JOBS_RUN_IN_WEB
  else process.env.JOBS_RUN_IN_WEB = runsJobsBefore
  await sql?.end()
  await tmdb?.close()
})

describe('npm run worker', () => {
  it('a web instance with the production setting only queues; a worker process completes the import', async () => {
    const ids = filmsAtTmdb(3)
    const batchId = await queueBulkImport(ids)
    // Long enough for an in-process run to have started (it starts right after the answer).
    await new Promise((resolve) => setTimeout(resolve, 2_000))
    expect(await batch(batchId)).toMatchObject({ status: 'queued', processed: 0 })
    expect(await jobOf(batchId)).toMatchObject({ processing: false, completed_at: null })
    expect(tmdb.requests.filter((path) => ids.some((id) => path === `/movie/${id}`))).toEqual([])

    worker()
    const done = await until(
      'the import',
      () => batch(batchId),
      (b) => b.status === 'done',
    )
    expect(done.results.map((r) => [r.tmdbId, r.outcome])).toEqual(ids.map((id) => [id, 'created']))
    expect((await filmsWithTmdbIds(ids)).sort()).toEqual(ids)
    await completedAndGone(batchId)
  }, 240_000)

  it('two workers on one queue run each of many jobs exactly once, also jobs longer than the lease', async () => {
    // A 2 s lease and jobs of 3 s: a worker that did not renew its claim would lose the job to the other.
    const env = { JOBS_LEASE_SECONDS: '2' }
    const [a, b] = [worker(env), worker(env)]
    await Promise.all([a.ready(), b.ready()])
    const batches: { id: number; tmdbIds: number[] }[] = []
    for (let i = 0; i < 10; i++) {
      const tmdbIds = filmsAtTmdb(i % 3 === 0 ? 3 : 1, i % 3 === 0 ? 1_000 : 150)
      batches.push({ id: await queueBulkImport(tmdbIds), tmdbIds })
    }
    for (const { id } of batches)
      await until(
        `import ${id}`,
        () => batch(id),
        (x) => x.status === 'done',
      )

    const allIds = batches.flatMap((x) => x.tmdbIds)
    for (const id of allIds) expect(tmdb.requests.filter((path) => path === `/movie/${id}`)).toHaveLength(1)
    expect((await filmsWithTmdbIds(allIds)).sort()).toEqual(allIds)
    for (const { id } of batches) await completedAndGone(id)
    // Both took part, and neither ever took over a job from the other.
    for (const w of [a, b]) {
      expect(w.output()).toMatch(/Running 1 jobs/)
      expect(w.output()).not.toMatch(/lost its runner/)
    }
  }, 300_000)

  it('a worker killed mid-job leaves the job to another, which completes it once', async () => {
    const env = { JOBS_LEASE_SECONDS: '3' }
    const ids = filmsAtTmdb(4, 1_500)
    const first = worker(env)
    await first.ready()
    const batchId = await queueBulkImport(ids)
    await until(
      'the first film',
      () => batch(batchId),
      (b) => b.processed >= 1,
    )
    expect(await first.stop('SIGKILL')).toBe(true)
    const orphan = await jobOf(batchId)
    // Nobody will clear this flag: only the lease lets another worker take the job.
    expect(orphan).toMatchObject({ processing: true, completed_at: null })
    expect((await batch(batchId)).status).toBe('running')

    const second = worker(env)
    const done = await until(
      'the import',
      () => batch(batchId),
      (b) => b.status === 'done',
    )
    expect(done.results.map((r) => r.tmdbId)).toEqual(ids)
    expect(done.results.every((r) => r.outcome === 'created' || r.outcome === 'updated')).toBe(true)
    expect((await filmsWithTmdbIds(ids)).sort()).toEqual(ids)
    await completedAndGone(batchId)
    expect(second.output()).toMatch(/lost its runner; taking it over/)
  }, 300_000)

  it('SIGTERM: the worker takes no new job, hands back the one it cannot finish in time, and exits', async () => {
    const ids = filmsAtTmdb(3, 2_000)
    const stopping = worker({ WORKER_STOP_GRACE_MS: '500' })
    await stopping.ready()
    const batchId = await queueBulkImport(ids)
    await until(
      'the job to start',
      () => jobOf(batchId),
      (job) => Boolean(job?.processing),
    )
    expect(await stopping.stop('SIGTERM', 30_000)).toBe(true)
    expect(stopping.output()).toMatch(/handing it back to the queue/)
    const released = await jobOf(batchId)
    expect(released).toMatchObject({ processing: false, completed_at: null, has_error: false })

    worker()
    await until(
      'the import',
      () => batch(batchId),
      (b) => b.status === 'done',
    )
    expect((await filmsWithTmdbIds(ids)).sort()).toEqual(ids)
    await completedAndGone(batchId)
  }, 240_000)
})

describe('npm run worker before the deploy migrated', () => {
  it('never migrates: it waits, naming the pending migration, and stops cleanly on SIGTERM', async () => {
    const url = withDatabase(inject('databaseUrl'), `lao_cinema_unmigrated_${Date.now().toString(36)}`)
    await createDatabaseIfMissing(url)
    try {
      const waiting = worker({ DATABASE_URL: url })
      await until(
        'the worker to wait',
        async () => waiting.output(),
        (out) => /migration\(s\) pending/.test(out),
      )
      expect(waiting.output()).toMatch(/Worker waiting: \d+ migration\(s\) pending \(\d{8}_\d{6}_\w+\)/)
      expect(await waiting.stop('SIGTERM', 30_000)).toBe(true)
      const probe = new pg.Client({ connectionString: url })
      await probe.connect()
      const { rows } = await probe.query(`SELECT count(*)::int AS tables FROM pg_tables WHERE schemaname = 'public'`)
      await probe.end()
      expect(rows[0].tables).toBe(0)
    } finally {
      await dropDatabase(url)
    }
  }, 120_000)
})

describe('claiming a job', () => {
  /** A job on a queue of its own, which no worker watches. */
  const queueJob = async (queue: string) =>
    (await payload.jobs.queue({ task: 'importTmdbBatch', input: { batchId: 0 }, queue, overrideAccess: true })).id

  it('is exclusive: of 20 runners asking at once for the one ready job, exactly one gets it', async () => {
    const queue = `claims-${Date.now()}`
    const id = await queueJob(queue)
    const claims = await Promise.all(Array.from({ length: 20 }, () => claimJob(payload, { queue, leaseSeconds: 60 })))
    expect(claims.filter(Boolean)).toEqual([{ id, taskSlug: 'importTmdbBatch', totalTried: 0, lost: false }])
    expect(await claimJob(payload, { queue, leaseSeconds: 60 })).toBeNull()
  })

  it('a job whose claim lapsed is taken over once, its lost run counted; a live claim is not', async () => {
    const queue = `lease-${Date.now()}`
    const id = await queueJob(queue)
    expect(await claimJob(payload, { queue, leaseSeconds: 60 })).toMatchObject({ id, lost: false })
    await sql.query(`UPDATE payload_jobs SET updated_at = now() - interval '30 seconds' WHERE id = $1`, [id])
    expect(await claimJob(payload, { queue, leaseSeconds: 60 })).toBeNull()
    await sql.query(`UPDATE payload_jobs SET updated_at = now() - interval '61 seconds' WHERE id = $1`, [id])
    const takeovers = await Promise.all(
      Array.from({ length: 10 }, () => claimJob(payload, { queue, leaseSeconds: 60 })),
    )
    expect(takeovers.filter(Boolean)).toEqual([{ id, taskSlug: 'importTmdbBatch', totalTried: 1, lost: true }])
  })
})
