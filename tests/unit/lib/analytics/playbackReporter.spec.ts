import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPlaybackReporter } from '@/lib/analytics/playbackReporter'

type Sent = {
  url: string
  init: RequestInit
  body: { movie: number; sessionId: string; events: Record<string, unknown>[] }
}

describe('the playback reporter', () => {
  let sent: Sent[]
  let fail: boolean

  beforeEach(() => {
    vi.useFakeTimers()
    sent = []
    fail = false
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      sent.push({ url, init, body: JSON.parse(String(init.body)) })
      if (fail) throw new TypeError('Failed to fetch')
      return new Response(null, { status: 202 })
    })
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('sends 10 s after the first unsent event, stamped with when each happened', async () => {
    const reporter = createPlaybackReporter({ movieId: 7 })
    expect(reporter.sessionId).toMatch(/^[A-Za-z0-9_-]{8,64}$/)
    vi.setSystemTime(new Date('2026-03-01T10:00:00Z'))
    reporter.report({ type: 'start', positionSeconds: 0 })
    await vi.advanceTimersByTimeAsync(4_000)
    reporter.report({ type: 'startup', positionSeconds: 0, value: 900 })
    await vi.advanceTimersByTimeAsync(5_900)
    expect(sent).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(100)
    expect(sent).toHaveLength(1)
    expect(sent[0]!.url).toBe('/api/video-analytics/events')
    expect(sent[0]!.init.keepalive).toBe(false)
    expect(sent[0]!.body).toEqual({
      movie: 7,
      sessionId: reporter.sessionId,
      events: [
        { type: 'start', positionSeconds: 0, at: '2026-03-01T10:00:00.000Z' },
        { type: 'startup', positionSeconds: 0, value: 900, at: '2026-03-01T10:00:04.000Z' },
      ],
    })
    await vi.advanceTimersByTimeAsync(60_000)
    expect(sent).toHaveLength(1)
  })

  it('sends at once when 20 are queued, and what is left with keepalive when the page unloads', async () => {
    const reporter = createPlaybackReporter({ movieId: 7 })
    for (let i = 0; i < 23; i++) reporter.report({ type: 'heartbeat', positionSeconds: i * 10, value: 10 })
    await vi.advanceTimersByTimeAsync(0)
    expect(sent.map((s) => s.body.events.length)).toEqual([20])
    await reporter.flush({ unloading: true })
    expect(sent.map((s) => s.body.events.length)).toEqual([20, 3])
    expect(sent[1]!.init.keepalive).toBe(true)
    // Nothing is sent twice, and an empty queue sends nothing.
    await reporter.flush()
    await vi.advanceTimersByTimeAsync(20_000)
    expect(sent).toHaveLength(2)
  })

  it('keeps events within what the server accepts, so one odd value never loses a batch', async () => {
    const reporter = createPlaybackReporter({ movieId: 7 })
    reporter.report({ type: 'seek', positionSeconds: -3 })
    reporter.report({ type: 'rebuffer', positionSeconds: Number.NaN, value: 9_000_000 })
    reporter.report({ type: 'error', positionSeconds: 200_000, detail: 'E'.repeat(300) })
    await reporter.flush()
    const [seek, rebuffer, error] = sent[0]!.body.events
    expect(seek).toMatchObject({ positionSeconds: 0 })
    expect(rebuffer).toMatchObject({ positionSeconds: 0, value: 3_600_000 })
    expect(error).toMatchObject({ positionSeconds: 86_400, detail: 'E'.repeat(100) })
  })

  it('drops a batch it cannot send, without throwing into the player', async () => {
    const reporter = createPlaybackReporter({ movieId: 7 })
    fail = true
    reporter.report({ type: 'pause', positionSeconds: 5 })
    await expect(reporter.flush()).resolves.toBeUndefined()
    fail = false
    reporter.report({ type: 'complete', positionSeconds: 6000 })
    await reporter.flush()
    expect(sent.map((s) => s.body.events.map((e) => e.type))).toEqual([['pause'], ['complete']])
  })

  it('gives every playback its own session', () => {
    expect(createPlaybackReporter({ movieId: 7 }).sessionId).not.toBe(createPlaybackReporter({ movieId: 7 }).sessionId)
  })
})
