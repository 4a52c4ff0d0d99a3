import type { Genre, Media, Movie, Person } from '../../../payload-types'
import { isAvailable, isVideoReady, type AvailabilityFacts } from '../films/availability'
import { trailerPath } from '../streaming/trailerPath'
import type { FilmCard, FilmDetail, Image, PersonLink } from './types'

export function imageOf(media: number | Media | null | undefined, size: 'thumbnail' | 'card' | 'hero'): Image | null {
  if (!media || typeof media !== 'object') return null
  const sized = media.sizes?.[size]
  const url = sized?.url ?? media.url
  const width = sized?.width ?? media.width
  const height = sized?.height ?? media.height
  if (!url || !width || !height) return null
  return { url, alt: media.alt ?? '', width, height }
}

const yearOf = (date: string | null | undefined) => (date ? new Date(date).getUTCFullYear() : null)

/** A published film's card; `video`, when the read could see it, tells whether it is coming soon. */
export function toFilmCard(
  movie: Pick<Movie, 'id' | 'slug' | 'title' | 'releaseDate' | 'runtime' | 'poster'> & AvailabilityFacts,
): FilmCard {
  return {
    id: movie.id,
    slug: movie.slug,
    title: movie.title,
    year: yearOf(movie.releaseDate),
    runtime: movie.runtime ?? null,
    poster: imageOf(movie.poster, 'card'),
    ...(movie.video !== undefined && { comingSoon: !isVideoReady(movie) }),
  }
}

function personLink(person: number | Person | null | undefined): PersonLink | null {
  if (!person || typeof person !== 'object') return null
  return { id: person.id, name: person.name }
}

/** What the film page may know of a film's video (read by the server past the field's editors-only rule). */
export type VideoFacts = AvailabilityFacts & {
  video?: Pick<NonNullable<Movie['video']>, 'durationSeconds' | 'variants'> | null
}

/**
 * `defaultPriceLak`: the site-wide price, for a film without one of its own. `video`: the film's
 * status and video as stored; the page gets whether it can be rented and the ladder's qualities,
 * never where the ladder lives.
 */
export function toFilmDetail(movie: Movie, defaultPriceLak: number, video: VideoFacts | null): FilmDetail {
  const available = isAvailable(video)
  const durationSeconds = video?.video?.durationSeconds
  return {
    ...toFilmCard(movie),
    poster: imageOf(movie.poster, 'card'),
    tagline: movie.tagline ?? null,
    overview: movie.overview ?? null,
    originalTitle: movie.originalTitle ?? null,
    releaseDate: movie.releaseDate ?? null,
    backdrop: imageOf(movie.backdrop, 'hero'),
    genres: (movie.genres ?? [])
      .filter((g): g is Genre => typeof g === 'object' && g !== null)
      .map((g) => ({ slug: g.slug, name: g.name })),
    cast: [...(movie.cast ?? [])]
      .sort((a, b) => (a.order ?? 0) - (b.order ?? 0))
      .flatMap((row) => {
        const person = personLink(row.person)
        return person ? [{ ...person, character: row.character ?? null }] : []
      }),
    crew: (movie.crew ?? []).flatMap((row) => {
      const person = personLink(row.person)
      return person ? [{ ...person, department: row.department, job: row.job ?? null }] : []
    }),
    trailerYoutubeKey: movie.trailerYoutubeKey ?? null,
    trailerSrc: movie.trailer?.masterPlaylist ? trailerPath(movie.id) : null,
    rentalPriceLak: movie.rentalPriceLak ?? defaultPriceLak,
    rentalWindowHours: movie.rentalWindowHours,
    availableToRent: available,
    qualities: available
      ? (video?.video?.variants ?? [])
          .map(({ name, height, bandwidth }) => ({ name, height, bandwidth }))
          .sort((a, b) => b.height - a.height)
      : [],
    lengthSeconds: durationSeconds ? Math.round(durationSeconds) : movie.runtime ? movie.runtime * 60 : null,
  }
}
