import { playbackBatchLimits, type PlaybackEvent } from './playbackEvents'

const endpoint = '/api/video-analytics/events'
const sendEveryMs = 10_000
const sendAtQueued = 20

type PlaybackReporter = {
  /** This playback's id; a new reporter is a new session. */
  sessionId: string
  report: (event: PlaybackEvent) => void
  /**
   * Sends what is queued and settles once every batch sent so far has been answered.
   * `unloading`: the page is going away, so the request must outlive it.
   */
  flush: (options?: { unloading?: boolean }) => Promise<void>
}

type QueuedEvent = PlaybackEvent & { at: string }

/**
 * Collects one playback's events in the browser and sends them in batches: 10 s after the first
 * unsent one, or as soon as 20 are queued. Analytics never break playback: events are clamped to
 * what the server accepts (one bad event would refuse its whole batch), and a batch that fails to
 * send is dropped without a word.
 */
export function createPlaybackReporter({ movieId }: { movieId: number }): PlaybackReporter {
  const sessionId = newSessionId()
  let queue: QueuedEvent[] = []
  let timer: ReturnType<typeof setTimeout> | undefined
  // Batches sent earlier (at 20 queued) may still be on their way when the page flushes.
  const inFlight = new Set<Promise<void>>()

  async function flush(options: { unloading?: boolean } = {}): Promise<void> {
    clearTimeout(timer)
    timer = undefined
    const events = queue
    queue = []
    for (let i = 0; i < events.length; i += playbackBatchLimits.maxEvents) {
      const sending = send(
        { movie: movieId, sessionId, events: events.slice(i, i + playbackBatchLimits.maxEvents) },
        options.unloading ?? false,
      )
      inFlight.add(sending)
      void sending.finally(() => inFlight.delete(sending))
    }
    await Promise.all(inFlight)
  }

  function report(event: PlaybackEvent): void {
    queue.push({ ...clamped(event), at: new Date().toISOString() })
    if (queue.length >= sendAtQueued) void flush()
    else timer ??= setTimeout(() => void flush(), sendEveryMs)
  }

  return { sessionId, report, flush }
}

async function send(body: unknown, unloading: boolean): Promise<void> {
  try {
    await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'same-origin',
      keepalive: unloading,
    })
  } catch {
    // Offline, or the page is gone: these events are lost, and playback goes on.
  }
}

const within = (value: number, max: number) => (Number.isFinite(value) ? Math.min(max, Math.max(0, value)) : 0)

function clamped(event: PlaybackEvent): PlaybackEvent {
  return {
    type: event.type,
    positionSeconds: within(event.positionSeconds, playbackBatchLimits.maxPositionSeconds),
    ...(event.value !== undefined && { value: within(event.value, playbackBatchLimits.maxValue) }),
    ...(event.detail !== undefined && { detail: event.detail.slice(0, playbackBatchLimits.maxDetailLength) }),
  }
}

/** 128 random bits as hex; crypto.randomUUID would need a secure context, which LAN testing lacks. */
function newSessionId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('')
}
