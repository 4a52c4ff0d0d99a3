/**
 * What the player reports and the server stores: shared by the browser's reporter and the
 * collection, so it holds nothing that cannot run in a browser.
 */
export const playbackEventTypes = [
  'start',
  'startup',
  'heartbeat',
  'pause',
  'seek',
  'quality',
  'rebuffer',
  'error',
  'complete',
] as const

export type PlaybackEventType = (typeof playbackEventTypes)[number]

/**
 * One thing that happened during playback. `value` means, by type: startup → milliseconds from the
 * play request to the first frame; rebuffer → milliseconds stalled; heartbeat → seconds played since
 * the previous heartbeat. `detail`: a quality variant ("360p") or an error code.
 */
export type PlaybackEvent = {
  type: PlaybackEventType
  positionSeconds: number
  value?: number
  detail?: string
}

/** One batch: the limits the endpoint enforces, which the reporter keeps within too. */
export const playbackBatchLimits = {
  maxEvents: 50,
  maxBodyBytes: 32 * 1024,
  maxDetailLength: 100,
  maxPositionSeconds: 24 * 3600,
  maxValue: 3_600_000,
} as const

export const sessionIdPattern = /^[A-Za-z0-9_-]{8,64}$/
