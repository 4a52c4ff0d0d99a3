import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { sqlFor } from '../database/sqlFor'

/** Days in the figures are calendar days where the audience and the editors are. */
export const reportingTimeZone = 'Asia/Vientiane'

/** The calendar day ('YYYY-MM-DD') an instant falls on in the zone. */
export function dayIn(instant: Date, timeZone = reportingTimeZone): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    instant,
  )
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

/** The days `fromDay` to `toDay`, both included, as the period the figures take. */
export function periodOfDays(fromDay: string, toDay: string, timeZone = reportingTimeZone): { from: Date; to: Date } {
  return { from: startOfDay(fromDay, timeZone), to: startOfDay(addDays(toDay, 1), timeZone) }
}

/** The instant a calendar day begins in the zone. */
function startOfDay(day: string, timeZone: string): Date {
  const asUtc = Date.parse(`${day}T00:00:00Z`)
  // Asked twice: the zone's offset can differ between UTC midnight and local midnight (a DST change).
  const guess = asUtc - utcOffsetAt(asUtc, timeZone)
  return new Date(asUtc - utcOffsetAt(guess, timeZone))
}

function utcOffsetAt(time: number, timeZone: string): number {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  })
  const part = Object.fromEntries(format.formatToParts(time).map(({ type, value }) => [type, Number(value)]))
  return (
    Date.UTC(part.year!, part.month! - 1, part.day!, part.hour!, part.minute!, part.second!) -
    Math.floor(time / 1000) * 1000
  )
}

export type DailyFigures = { day: string; plays: number; watchTimeSeconds: number }

export type FilmFigures = {
  /** `start` events: every press of play that began a playback, replays included. */
  plays: number
  /** Distinct viewers (by viewerKey) with at least one `start`. */
  uniqueViewers: number
  /** The sum of heartbeat values: seconds actually played. */
  watchTimeSeconds: number
  /**
   * Of the playback sessions that started in the period, the share that also completed in it
   * (0..1; 0 with no plays).
   */
  completionRate: number
  /**
   * Nearest-rank percentiles of startup times: the smallest value with at least p% of the values
   * at or below it; null with none.
   */
  startupMedianMs: number | null
  startupP95Ms: number | null
  /** Seconds stalled ÷ (seconds played + seconds stalled); 0 when both are 0. */
  rebufferingRatio: number
  /** Rentals of the film that started in the period. */
  rentals: number
  /** What viewers paid for the film: payments with status "paid", dated by when they were paid. */
  revenueLak: number
  /** One entry per calendar day (in `timeZone`) that the period touches, oldest first. */
  daily: DailyFigures[]
}

type FiguresPeriod = { movieId: number; from: Date; to: Date; timeZone?: string }

/**
 * A film's viewing and sales figures over the period [from, to): computed in PostgreSQL, in three
 * queries whatever the number of events.
 */
export async function filmFigures(
  payload: Payload,
  { movieId, from, to, timeZone = reportingTimeZone }: FiguresPeriod,
): Promise<FilmFigures> {
  if (!(to > from)) throw new RangeError('The period must end after it starts.')
  const db = await sqlFor(payload)
  const start = from.toISOString()
  const end = to.toISOString()
  const inPeriod = sql`movie_id = ${movieId}
    AND occurred_at >= ${start}::timestamptz AND occurred_at < ${end}::timestamptz`

  const [viewing, daily, sales] = await Promise.all([
    db.execute(sql`
      WITH sessions AS (
        SELECT bool_or(type = 'complete') AS completed FROM video_analytics WHERE ${inPeriod}
        GROUP BY viewer_key, session_id HAVING bool_or(type = 'start')
      )
      SELECT
        count(*) FILTER (WHERE type = 'start')::int AS plays,
        count(DISTINCT viewer_key) FILTER (WHERE type = 'start')::int AS unique_viewers,
        coalesce(sum(value) FILTER (WHERE type = 'heartbeat'), 0)::float8 AS watch_seconds,
        coalesce(sum(value) FILTER (WHERE type = 'rebuffer'), 0)::float8 / 1000 AS rebuffer_seconds,
        (percentile_disc(0.5) WITHIN GROUP (ORDER BY value) FILTER (WHERE type = 'startup'))::float8 AS startup_median,
        (percentile_disc(0.95) WITHIN GROUP (ORDER BY value) FILTER (WHERE type = 'startup'))::float8 AS startup_p95,
        (SELECT count(*) FROM sessions)::int AS sessions_started,
        (SELECT count(*) FROM sessions WHERE completed)::int AS sessions_completed
      FROM video_analytics WHERE ${inPeriod}`),
    db.execute(sql`
      WITH days AS (
        SELECT d::date AS day FROM generate_series(
          (${start}::timestamptz AT TIME ZONE ${timeZone})::date::timestamp,
          ((${end}::timestamptz - interval '1 millisecond') AT TIME ZONE ${timeZone})::date::timestamp,
          interval '1 day') AS d
      ), per_day AS (
        SELECT (occurred_at AT TIME ZONE ${timeZone})::date AS day,
          count(*) FILTER (WHERE type = 'start')::int AS plays,
          coalesce(sum(value) FILTER (WHERE type = 'heartbeat'), 0)::float8 AS watch_seconds
        FROM video_analytics WHERE ${inPeriod} GROUP BY 1
      )
      SELECT to_char(days.day, 'YYYY-MM-DD') AS day, coalesce(per_day.plays, 0) AS plays,
        coalesce(per_day.watch_seconds, 0) AS watch_seconds
      FROM days LEFT JOIN per_day ON per_day.day = days.day ORDER BY days.day`),
    db.execute(sql`
      SELECT
        (SELECT count(*) FROM rentals WHERE movie_id = ${movieId}
          AND starts_at >= ${start}::timestamptz AND starts_at < ${end}::timestamptz)::int AS rentals,
        (SELECT coalesce(sum(amount_lak), 0) FROM payments WHERE movie_id = ${movieId} AND status = 'paid'
          AND coalesce(paid_at, created_at) >= ${start}::timestamptz
          AND coalesce(paid_at, created_at) < ${end}::timestamptz)::float8 AS revenue_lak`),
  ])

  const v = viewing.rows[0] as Record<string, number | null>
  const s = sales.rows[0] as Record<string, number>
  const watchTimeSeconds = Number(v.watch_seconds)
  const rebufferSeconds = Number(v.rebuffer_seconds)
  const started = Number(v.sessions_started)
  return {
    plays: Number(v.plays),
    uniqueViewers: Number(v.unique_viewers),
    watchTimeSeconds,
    completionRate: started ? Number(v.sessions_completed) / started : 0,
    startupMedianMs: v.startup_median === null ? null : Number(v.startup_median),
    startupP95Ms: v.startup_p95 === null ? null : Number(v.startup_p95),
    rebufferingRatio:
      watchTimeSeconds + rebufferSeconds > 0 ? rebufferSeconds / (watchTimeSeconds + rebufferSeconds) : 0,
    rentals: Number(s.rentals),
    revenueLak: Number(s.revenue_lak),
    daily: daily.rows.map((row) => ({
      day: String(row.day),
      plays: Number(row.plays),
      watchTimeSeconds: Number(row.watch_seconds),
    })),
  }
}
