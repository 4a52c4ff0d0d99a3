'use client'
import type { MediaPlayerInstance } from '@vidstack/react'
import { useCallback, useEffect, useRef, type RefObject } from 'react'
import { saveProgress } from '../api'
import { rememberPosition } from './lastPosition'

const saveEverySeconds = 30

/**
 * Saves the viewer's position: every 30 s while playing, and whenever `save` is called (pause,
 * seek), and when the page is hidden or left, with a request that outlives the page. Each save
 * says when the position was observed, so a late one never overwrites a newer one.
 */
export function useProgressSaving(player: RefObject<MediaPlayerInstance | null>, movieId: number) {
  const started = useRef(false)
  // Leaving fires both visibilitychange and pagehide; a position already saved is not sent again.
  const lastSavedSeconds = useRef<number | null>(null)

  const save = useCallback(
    (options: { leaving?: boolean } = {}) => {
      const media = player.current
      if (!media || !started.current || !(media.duration > 0)) return
      const position = { seconds: Math.round(media.currentTime * 10) / 10, observedAt: new Date().toISOString() }
      if (position.seconds === lastSavedSeconds.current) return
      lastSavedSeconds.current = position.seconds
      rememberPosition(movieId, position)
      void saveProgress(
        {
          movie: movieId,
          progressSeconds: position.seconds,
          durationSeconds: media.duration,
          observedAt: position.observedAt,
        },
        { keepalive: Boolean(options.leaving) },
      )
    },
    [player, movieId],
  )

  useEffect(() => {
    const timer = setInterval(() => {
      if (player.current && !player.current.paused) save()
    }, saveEverySeconds * 1000)
    const leave = () => save({ leaving: true })
    const hidden = () => document.visibilityState === 'hidden' && leave()
    window.addEventListener('pagehide', leave)
    document.addEventListener('visibilitychange', hidden)
    return () => {
      clearInterval(timer)
      window.removeEventListener('pagehide', leave)
      document.removeEventListener('visibilitychange', hidden)
    }
  }, [player, save])

  /** Playback has begun: from now on the position is worth saving. */
  const markStarted = useCallback(() => {
    started.current = true
  }, [])

  return { save, markStarted }
}
