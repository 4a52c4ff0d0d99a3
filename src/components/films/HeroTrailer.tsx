'use client'
import { useEffect, useRef, useState } from 'react'

type Connection = { saveData?: boolean }

/**
 * Moving pictures only for viewers who have not asked for less: no reduced motion, and no Save-Data
 * (the browser's data saver, `navigator.connection.saveData`).
 */
function motionWelcome(): boolean {
  if (window.matchMedia('(prefers-reduced-motion: reduce)').matches) return false
  return !(navigator as Navigator & { connection?: Connection }).connection?.saveData
}

/**
 * The home hero's backdrop comes alive with the first featured film's trailer: muted, looping, on
 * the lowest rungs (capped to the hero's size), over the still image, which stays for everyone
 * else. hls.js loads only when the trailer will play.
 */
export function HeroTrailer({ src }: { src: string }) {
  const video = useRef<HTMLVideoElement>(null)
  const [playing, setPlaying] = useState(false)

  useEffect(() => {
    const element = video.current
    if (!element || !motionWelcome()) return
    let destroy = () => {}
    let cancelled = false
    void import('hls.js').then(({ default: Hls }) => {
      if (cancelled) return
      if (Hls.isSupported()) {
        const hls = new Hls({ capLevelToPlayerSize: true, startLevel: 0, maxBufferLength: 20 })
        hls.loadSource(src)
        hls.attachMedia(element)
        destroy = () => hls.destroy()
      } else if (element.canPlayType('application/vnd.apple.mpegurl')) {
        element.src = src
      }
      void element.play().catch(() => {})
    })
    return () => {
      cancelled = true
      destroy()
    }
  }, [src])

  return (
    <video
      ref={video}
      className="hero-video"
      data-testid="hero-trailer"
      data-playing={playing || undefined}
      muted
      loop
      playsInline
      aria-hidden="true"
      onPlaying={() => setPlaying(true)}
      style={{ opacity: playing ? 0.55 : 0 }}
    />
  )
}
