import type { Movie } from '../../../payload-types'

/** What availability reads of a film: its status and whether its ladder is written. */
export type AvailabilityFacts = {
  _status?: Movie['_status']
  video?: { masterPlaylist?: string | null } | null
}

/** Why a film cannot be rented: not on the site yet, or its video is not ready. */
export type Unavailable = 'unpublished' | 'no-video'

/**
 * The one rule of who may rent what: a film is rentable only when it is published and its video
 * is ready. A ladder is ready when its master playlist is set: the transcoding job writes it only
 * once every rung is complete, so a half-made ladder is never offered.
 */
export function unavailableBecause(movie: AvailabilityFacts | null | undefined): Unavailable | null {
  if (!movie || movie._status !== 'published') return 'unpublished'
  if (!isVideoReady(movie)) return 'no-video'
  return null
}

export const isVideoReady = (movie: AvailabilityFacts | null | undefined): boolean =>
  Boolean(movie?.video?.masterPlaylist?.trim())

export const isAvailable = (movie: AvailabilityFacts | null | undefined): boolean => unavailableBecause(movie) === null

/** A save that put a film online: it was not rentable before and is now (notify-me mail goes out). */
export const becameAvailable = (
  previous: AvailabilityFacts | null | undefined,
  current: AvailabilityFacts | null | undefined,
): boolean => !isAvailable(previous) && isAvailable(current)
