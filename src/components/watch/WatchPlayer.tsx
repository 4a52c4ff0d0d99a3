'use client'
import '@vidstack/react/player/styles/default/theme.css'
import '@vidstack/react/player/styles/default/layouts/video.css'
import { isHLSProvider, MediaPlayer, MediaProvider, Poster, type MediaProviderAdapter } from '@vidstack/react'
import { defaultLayoutIcons, DefaultVideoLayout } from '@vidstack/react/player/layouts/default'

type Props = { src: string; title: string; poster: string | null }

/** The film, in Vidstack, streaming HLS through the hls.js bundled with the app (never a CDN). */
export function WatchPlayer({ src, title, poster }: Props) {
  function onProviderChange(provider: MediaProviderAdapter | null) {
    if (isHLSProvider(provider)) provider.library = () => import('hls.js')
  }
  return (
    <MediaPlayer className="watch-player" title={title} src={{ src, type: 'application/x-mpegurl' }} playsInline crossOrigin onProviderChange={onProviderChange} data-testid="player">
      <MediaProvider>{poster && <Poster className="vds-poster" src={poster} alt="" />}</MediaProvider>
      <DefaultVideoLayout icons={defaultLayoutIcons} />
    </MediaPlayer>
  )
}
