'use client'
import '@vidstack/react/player/styles/default/theme.css'
import '@vidstack/react/player/styles/default/layouts/video.css'
import {
  isHLSProvider,
  MediaPlayer,
  MediaProvider,
  Poster,
  Track,
  type MediaPlayerInstance,
  type MediaProviderAdapter,
} from '@vidstack/react'
import {
  defaultLayoutIcons,
  DefaultVideoLayout,
  type DefaultLayoutTranslations,
} from '@vidstack/react/player/layouts/default'
import type { Events } from 'hls.js'
import { useTranslations } from 'next-intl'
import { useEffect, useMemo, useRef, useState } from 'react'
import { formatPlaybackTime } from '@/lib/format'
import { newerPosition, worthResuming, type ObservedPosition } from '@/lib/progress/resumePoint'
import { rentalStatus } from '../api'
import { levelsAboveCap, storedDataSaver, storeDataSaver, useDataSaver, type DataSaver } from './dataSaver'
import { DataSaverMenu } from './DataSaverMenu'
import { useLastPosition } from './lastPosition'
import { playerKeys } from './playerKeys'
import { PlayerPreferences } from './playerPreferences'
import { usePlaybackAnalytics } from './usePlaybackAnalytics'
import { useProgressSaving } from './useProgressSaving'

export type SubtitleTrack = { language: string; label: string; src: string; isDefault: boolean }

type Props = {
  movieId: number
  /** The stream endpoint: the server answers with the master playlist only while the rental runs. */
  src: string
  title: string
  poster: string | null
  tracks: SubtitleTrack[]
  /** Where the viewer stopped, as the server has it (null: nothing worth resuming). */
  savedPosition: ObservedPosition | null
  durationSeconds: number | null
  /** The seek-preview thumbnails track (WebVTT into a sprite), shown on the time slider. */
  thumbnails: string | null
  rentalEndsAt: string
  /** Where "Rent again" leads. */
  rentAgainHref: string
}

type Problem = 'rental-ended' | 'stream-failed'

// hls.js itself is loaded only when a stream plays; its event's name is all this file needs.
const manifestParsed = 'hlsManifestParsed' as Events.MANIFEST_PARSED

/** setTimeout takes at most 2^31-1 ms (about 24.8 days). */
const longestTimeout = 2 ** 31 - 1

/**
 * The film, in Vidstack, streaming HLS through the hls.js bundled with the app (never a CDN). It
 * starts on the lowest variant and lets hls.js climb, offers to resume where the viewer stopped,
 * saves the position as it plays, reports viewing analytics, and says so when the rental ends.
 * Data saver (remembered in this browser) leaves out the rungs above 360p or 240p, so neither the
 * quality menu nor hls.js's ABR can reach them.
 */
export function WatchPlayer({
  movieId,
  src,
  title,
  poster,
  tracks,
  savedPosition,
  durationSeconds,
  thumbnails,
  rentalEndsAt,
  rentAgainHref,
}: Props) {
  const t = useTranslations('player')
  const player = useRef<MediaPlayerInstance>(null)
  const preferences = useMemo(() => new PlayerPreferences(), [])
  // This browser may have seen a later position than the server has yet (a save still in flight).
  const local = useLastPosition(movieId)
  const newest = newerPosition(
    savedPosition,
    local && (!durationSeconds || worthResuming(local.seconds, durationSeconds)) ? local : null,
  )
  const [promptDismissed, setPromptDismissed] = useState(false)
  const resumeAt = promptDismissed ? null : (newest?.seconds ?? null)
  const [problem, setProblem] = useState<Problem | null>(null)
  const { save, markStarted } = useProgressSaving(player, movieId)
  const analytics = usePlaybackAnalytics(player, movieId)
  const sawFirstFrame = useRef(false)
  const dataSaver = useDataSaver()
  // A new choice reloads the stream with the new ladder (a new player), from where the viewer was.
  const [ladderGeneration, setLadderGeneration] = useState(0)
  const continueAfterReload = useRef<{ seconds: number; play: boolean } | null>(null)

  useEffect(() => {
    const resume = continueAfterReload.current
    if (!resume) return
    continueAfterReload.current = null
    whenPlayable((media) => {
      media.currentTime = resume.seconds
      if (resume.play) void media.play()
    })
  }, [ladderGeneration])

  function chooseDataSaver(choice: DataSaver) {
    if (choice === dataSaver) return
    storeDataSaver(choice)
    const media = player.current
    if (media && media.state.canPlay) continueAfterReload.current = { seconds: media.currentTime, play: !media.paused }
    setLadderGeneration((generation) => generation + 1)
  }

  useEffect(() => {
    const endsIn = new Date(rentalEndsAt).getTime() - Date.now()
    if (endsIn > longestTimeout) return
    const timer = setTimeout(() => stop('rental-ended'), Math.max(0, endsIn))
    return () => clearTimeout(timer)
  }, [rentalEndsAt])

  function stop(reason: Problem) {
    player.current?.pause()
    setProblem(reason)
  }

  /** A refused request (403) or a stream that fails: either the rental ended, or, when fatal, a real failure. */
  async function onStreamFailure(detail: string, fatal: boolean) {
    analytics.onError(detail)
    const rental = await rentalStatus(movieId)
    if (rental.ok && rental.data.state !== 'active') stop('rental-ended')
    else if (fatal) stop('stream-failed')
  }

  function onProviderChange(provider: MediaProviderAdapter | null) {
    if (!isHLSProvider(provider)) return
    provider.library = () => import('hls.js')
    // Start on the lowest variant, the one a slow phone connection carries, and let ABR climb.
    // Buffer at most a minute ahead: enough to ride out a bad connection, little wasted when the
    // viewer stops, and a rental that ends is noticed at the next refused segment.
    provider.config = { startLevel: 0, maxMaxBufferLength: 60 }
    // Before the first variant loads, which is when Vidstack lists the qualities.
    provider.onInstance((hls) =>
      hls.on(manifestParsed, (_event, { levels }) => {
        for (const index of levelsAboveCap(levels, storedDataSaver())) hls.removeLevel(index)
      }),
    )
  }

  function whenPlayable(then: (media: MediaPlayerInstance) => void) {
    const media = player.current
    if (!media) return
    if (media.state.canPlay) return then(media)
    const stopWaiting = media.subscribe(({ canPlay }) => {
      if (!canPlay) return
      stopWaiting()
      then(media)
    })
  }

  function startAt(seconds: number) {
    setPromptDismissed(true)
    whenPlayable((media) => {
      media.currentTime = seconds
      void media.play()
    })
  }

  function onPlaying() {
    markStarted()
    analytics.onPlaying()
    if (sawFirstFrame.current) return
    sawFirstFrame.current = true
    const video = player.current?.el?.querySelector('video')
    if (video && 'requestVideoFrameCallback' in video) video.requestVideoFrameCallback(() => analytics.onFirstFrame())
    else analytics.onFirstFrame()
  }

  return (
    <MediaPlayer
      key={ladderGeneration}
      ref={player}
      className="watch-player"
      title={title}
      ariaLabel={t('accessibleName', { title })}
      src={{ src, type: 'application/x-mpegurl' }}
      playsInline
      crossOrigin
      fullscreenOrientation="landscape"
      keyTarget="document"
      keyShortcuts={playerKeys}
      storage={preferences}
      onProviderChange={onProviderChange}
      onPlay={() => analytics.onPlayRequested()}
      onPlaying={onPlaying}
      onWaiting={() => analytics.onWaiting()}
      onPause={() => {
        analytics.onPause()
        save()
      }}
      onSeeked={() => {
        analytics.onSeeked()
        save()
      }}
      onEnded={() => save()}
      onTimeUpdate={({ currentTime }) => analytics.onTimeUpdate(currentTime, player.current?.duration ?? 0)}
      onQualityChange={(quality) => quality && analytics.onQualityChange(`${quality.height}p`)}
      onHlsError={(error) =>
        (error.fatal || error.response?.code === 403) && void onStreamFailure(error.details, error.fatal)
      }
      onError={(error) => void onStreamFailure(`media-${error.code}`, true)}
      onMediaTextTrackChangeRequest={({ index, mode }) =>
        preferences.chooseSubtitles(mode === 'showing' ? (player.current?.textTracks[index]?.language ?? null) : null)
      }
      data-testid="player"
      data-problem={problem ?? undefined}
      data-data-saver={dataSaver ?? 'off'}
    >
      <MediaProvider>
        {poster && <Poster className="vds-poster" src={poster} alt="" />}
        {tracks.map((track) => (
          <Track
            key={track.language}
            src={track.src}
            kind="subtitles"
            label={track.label}
            lang={track.language}
            type="vtt"
            default={track.isDefault}
          />
        ))}
      </MediaProvider>
      <DefaultVideoLayout
        icons={defaultLayoutIcons}
        translations={layoutTranslations(t)}
        slots={{ settingsMenuItemsEnd: <DataSaverMenu value={dataSaver} onChange={chooseDataSaver} /> }}
        thumbnails={thumbnails ?? undefined}
      />
      {resumeAt !== null && !problem && (
        <div className="player-overlay" role="dialog" aria-label={t('resumeTitle')} data-testid="resume-prompt">
          <p>{t('resumeTitle')}</p>
          <button type="button" className="button button-primary" onClick={() => startAt(resumeAt)} autoFocus>
            {t('resumeFrom', { time: formatPlaybackTime(resumeAt) })}
          </button>
          <button type="button" className="button" onClick={() => startAt(0)}>
            {t('startOver')}
          </button>
        </div>
      )}
      {problem && (
        <div className="player-overlay" role="alert" data-testid="player-message">
          <p>{problem === 'rental-ended' ? t('rentalEnded') : t('streamFailed')}</p>
          {problem === 'rental-ended' ? (
            <a className="button" href={rentAgainHref}>
              {t('rentAgain')}
            </a>
          ) : (
            <button type="button" className="button" onClick={() => window.location.reload()}>
              {t('retry')}
            </button>
          )}
        </div>
      )}
    </MediaPlayer>
  )
}

/** Every word of Vidstack's default layout, from our messages, so the controls speak Lao too. */
export function layoutTranslations(t: ReturnType<typeof useTranslations<'player'>>): DefaultLayoutTranslations {
  const c = (key: Parameters<typeof t>[0]) => t(key)
  return {
    Announcements: c('controls.announcements'),
    Accessibility: c('controls.accessibility'),
    AirPlay: c('controls.airPlay'),
    Audio: c('controls.audio'),
    Auto: c('controls.auto'),
    Boost: c('controls.boost'),
    Captions: c('controls.captions'),
    'Caption Styles': c('controls.captionStyles'),
    'Captions look like this': c('controls.captionsLookLikeThis'),
    Chapters: c('controls.chapters'),
    'Closed-Captions Off': c('controls.captionsOff'),
    'Closed-Captions On': c('controls.captionsOn'),
    Connected: c('controls.connected'),
    Continue: c('controls.continue'),
    Connecting: c('controls.connecting'),
    Default: c('controls.default'),
    Disabled: c('controls.disabled'),
    Disconnected: c('controls.disconnected'),
    'Display Background': c('controls.displayBackground'),
    Download: c('controls.download'),
    'Enter Fullscreen': c('controls.enterFullscreen'),
    'Enter PiP': c('controls.enterPip'),
    'Exit Fullscreen': c('controls.exitFullscreen'),
    'Exit PiP': c('controls.exitPip'),
    Font: c('controls.font'),
    Family: c('controls.family'),
    Fullscreen: c('controls.fullscreen'),
    'Google Cast': c('controls.googleCast'),
    'Keyboard Animations': c('controls.keyboardAnimations'),
    LIVE: c('controls.live'),
    Loop: c('controls.loop'),
    Mute: c('controls.mute'),
    Normal: c('controls.normal'),
    Off: c('controls.off'),
    Pause: c('controls.pause'),
    Play: c('controls.play'),
    Playback: c('controls.playback'),
    PiP: c('controls.pip'),
    Quality: c('controls.quality'),
    Replay: c('controls.replay'),
    Reset: c('controls.reset'),
    'Seek Backward': c('controls.seekBackward'),
    'Seek Forward': c('controls.seekForward'),
    Seek: c('controls.seek'),
    Settings: c('controls.settings'),
    'Skip To Live': c('controls.skipToLive'),
    Speed: c('controls.speed'),
    Size: c('controls.size'),
    Color: c('controls.color'),
    Opacity: c('controls.opacity'),
    Shadow: c('controls.shadow'),
    Text: c('controls.text'),
    'Text Background': c('controls.textBackground'),
    Track: c('controls.track'),
    Unmute: c('controls.unmute'),
    Volume: c('controls.volume'),
  }
}
