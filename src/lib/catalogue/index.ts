import type { Genre, Media, Movie } from '../../../payload-types'
import type { Locale } from '../../i18n/locales'
import { payloadClient } from '../payload'

export type FilmCard = {
  id: number
  slug: string
  title: string
  year: number | null
  runtime: number | null
  rentalPriceLak: number
  poster: { url: string; alt: string; width: number; height: number } | null
  genres: string[]
}

/**
 * Published films for the public site, newest first, in the viewer's locale (Lao falls back to
 * English through Payload's localization). Access control applies as for an anonymous caller.
 */
export async function listPublishedFilms(locale: Locale, limit = 100): Promise<FilmCard[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'movies',
    locale,
    overrideAccess: false,
    where: { _status: { equals: 'published' } },
    sort: '-releaseDate',
    depth: 1,
    limit,
    select: { title: true, slug: true, releaseDate: true, runtime: true, rentalPriceLak: true, poster: true, genres: true },
  })
  return docs.map(toFilmCard)
}

function toFilmCard(movie: Pick<Movie, 'id' | 'title' | 'slug' | 'releaseDate' | 'runtime' | 'rentalPriceLak' | 'poster' | 'genres'>): FilmCard {
  return {
    id: movie.id,
    slug: movie.slug,
    title: movie.title,
    year: movie.releaseDate ? new Date(movie.releaseDate).getUTCFullYear() : null,
    runtime: movie.runtime ?? null,
    rentalPriceLak: movie.rentalPriceLak,
    poster: imageOf(movie.poster, 'card'),
    genres: (movie.genres ?? []).filter((g): g is Genre => typeof g === 'object' && g !== null).map((g) => g.name),
  }
}

function imageOf(media: number | Media | null | undefined, size: 'thumbnail' | 'card' | 'hero') {
  if (!media || typeof media !== 'object') return null
  const sized = media.sizes?.[size]
  const url = sized?.url ?? media.url
  const width = sized?.width ?? media.width
  const height = sized?.height ?? media.height
  if (!url || !width || !height) return null
  return { url, alt: media.alt ?? '', width, height }
}
