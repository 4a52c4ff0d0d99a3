/**
 * How webhooks are sent, retried and given up (.env.example documents each variable).
 */

const hour = 3_600_000

/**
 * The waits before each new try of a failing delivery: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h (as the
 * Standard Webhooks guidance suggests), about 18 hours in all, so a delivery is tried for most of a
 * day. WEBHOOK_RETRY_SCHEDULE_MS (comma-separated milliseconds) replaces it; tests compress it.
 */
export function webhookRetrySchedule(): number[] {
  const configured = process.env.WEBHOOK_RETRY_SCHEDULE_MS?.split(',')
    .map((part) => Number(part.trim()))
    .filter((ms) => Number.isFinite(ms) && ms >= 0)
  if (configured?.length) return configured
  return [5_000, 5 * 60_000, 30 * 60_000, 2 * hour, 5 * hour, 10 * hour]
}

/** How long one try waits for the receiver's answer. */
export const webhookTimeoutMs = (): number => {
  const parsed = Number(process.env.WEBHOOK_TIMEOUT_MS)
  return Number.isFinite(parsed) && parsed > 0 ? parsed : 10_000
}

/**
 * Whether endpoints may point at loopback and private addresses. Off by default: in production an
 * endpoint is an integrator's public server, never something inside our network (a light guard
 * against server-side request forgery). Tests and local development turn it on.
 */
export const webhooksMayReachPrivateHosts = (): boolean =>
  ['1', 'true'].includes(process.env.WEBHOOKS_ALLOW_PRIVATE_HOSTS?.trim().toLowerCase() ?? '')

/** The job queue the deliveries go through; workers drain it beside the default one. */
export const webhookQueue = 'webhooks'
