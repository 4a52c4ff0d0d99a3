/**
 * Where Payload jobs run and how a lost one is found again. README › Worker explains the model;
 * .env.example documents each variable.
 */

/**
 * Whether the web process runs the jobs it queues. Development (NODE_ENV other than production)
 * does, so `npm run dev` needs no worker; `npm start` does not: `npm run worker` runs them.
 */
export function jobsRunInWeb(): boolean {
  const configured = process.env.JOBS_RUN_IN_WEB?.trim().toLowerCase()
  if (configured) return configured === 'true' || configured === '1'
  return process.env.NODE_ENV !== 'production'
}

const positiveNumber = (value: string | undefined, fallback: number) => {
  const parsed = Number(value)
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback
}

/**
 * How long a running job stays claimed without a sign of life from its runner. The runner renews
 * the claim every quarter of it; past it the runner is taken for dead (killed, its machine gone)
 * and another may take the job over.
 */
export const jobLeaseSeconds = (): number => positiveNumber(process.env.JOBS_LEASE_SECONDS, 60)

/** How long an idle worker waits before it looks at the queue again. */
export const jobPollMilliseconds = (): number => positiveNumber(process.env.JOBS_POLL_MS, 1000)
