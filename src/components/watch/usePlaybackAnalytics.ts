'use client'
import type { MediaPlayerInstance } from '@vidstack/react'
import { useEffect, useMemo, useRef, type RefObject } from 'react'
import { createPlaybackReporter } from '@/lib/analytics/playbackReporter'

const heartbeatEverySeconds = 15
const completedShare = 0.9

/**
 * Turns the player's events into viewing analytics: start, startup time (play request to first
 * frame), heartbeats carrying the seconds actually played, pauses, seeks, quality switches,
 * rebuffering, errors and completion.
 */
export function usePlaybackAnalytics(player: RefObject<MediaPlayerInstance | null>, movieId: number) {
  const reporter = useMemo(() => createPlaybackReporter({ movieId }), [movieId])
  const state = useRef({
    started: false,
    playRequestedAt: 0,
    playingSince: 0,
    unreported: 0,
    stalledSince: 0,
    completed: false,
  })
  const position = () => player.current?.currentTime ?? 0

  const heartbeat = () => {
    const s = state.current
    if (s.playingSince) {
      s.unreported += (performance.now() - s.playingSince) / 1000
      s.playingSince = performance.now()
    }
    if (s.unreported >= 0.5)
      reporter.report({ type: 'heartbeat', positionSeconds: position(), value: Math.round(s.unreported * 10) / 10 })
    s.unreported = 0
  }

  useEffect(() => {
    const timer = setInterval(() => state.current.playingSince && heartbeat(), heartbeatEverySeconds * 1000)
    const leave = () => {
      heartbeat()
      void reporter.flush({ unloading: true })
    }
    window.addEventListener('pagehide', leave)
    return () => {
      clearInterval(timer)
      window.removeEventListener('pagehide', leave)
    }
    // heartbeat reads refs only
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reporter])

  return {
    onPlayRequested() {
      const s = state.current
      if (!s.started) s.playRequestedAt = performance.now()
    },
    onFirstFrame() {
      const s = state.current
      if (s.started || !s.playRequestedAt) return
      s.started = true
      reporter.report({ type: 'start', positionSeconds: position() })
      reporter.report({
        type: 'startup',
        positionSeconds: position(),
        value: Math.round(performance.now() - s.playRequestedAt),
      })
    },
    onPlaying() {
      const s = state.current
      if (s.stalledSince) {
        reporter.report({
          type: 'rebuffer',
          positionSeconds: position(),
          value: Math.round(performance.now() - s.stalledSince),
        })
        s.stalledSince = 0
      }
      s.playingSince = performance.now()
    },
    onWaiting() {
      const s = state.current
      if (!s.started || s.stalledSince) return
      heartbeat()
      s.playingSince = 0
      s.stalledSince = performance.now()
    },
    onPause() {
      heartbeat()
      state.current.playingSince = 0
      if (state.current.started) reporter.report({ type: 'pause', positionSeconds: position() })
    },
    onSeeked() {
      if (state.current.started) reporter.report({ type: 'seek', positionSeconds: position() })
    },
    onQualityChange(quality: string) {
      if (state.current.started) reporter.report({ type: 'quality', positionSeconds: position(), detail: quality })
    },
    onError(detail: string) {
      reporter.report({ type: 'error', positionSeconds: position(), detail })
      void reporter.flush()
    },
    onTimeUpdate(currentTime: number, duration: number) {
      const s = state.current
      if (s.completed || !(duration > 0) || currentTime < duration * completedShare) return
      s.completed = true
      heartbeat()
      reporter.report({ type: 'complete', positionSeconds: currentTime })
    },
  }
}
