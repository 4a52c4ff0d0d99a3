'use client'
import '@vidstack/react/player/styles/default/theme.css'
import '@vidstack/react/player/styles/default/layouts/video.css'
import { isHLSProvider, MediaPlayer, MediaProvider, type MediaProviderAdapter } from '@vidstack/react'
import { defaultLayoutIcons, DefaultVideoLayout } from '@vidstack/react/player/layouts/default'
import { useTranslations } from 'next-intl'
import { layoutTranslations } from '../watch/WatchPlayer'

/** hls.js from the app's own bundle: Vidstack would otherwise fetch it from a CDN, which the CSP refuses. */
function bundledHls(provider: MediaProviderAdapter | null) {
  if (isHLSProvider(provider)) provider.library = () => import('hls.js')
}

type Props = { src: string; title: string; accessibleName: string }

/** The trailer in the same player as films, started at once (the viewer just asked for it). */
export function TrailerVideo({ src, title, accessibleName }: Props) {
  const t = useTranslations('player')
  return (
    <MediaPlayer
      className="trailer-player"
      title={title}
      ariaLabel={accessibleName}
      src={{ src, type: 'application/x-mpegurl' }}
      playsInline
      autoPlay
      crossOrigin
      data-testid="trailer-player"
      onProviderChange={bundledHls}
    >
      <MediaProvider />
      <DefaultVideoLayout icons={defaultLayoutIcons} translations={layoutTranslations(t)} />
    </MediaPlayer>
  )
}
