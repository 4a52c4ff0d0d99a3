export type Image = { url: string; alt: string; width: number; height: number }

export type FilmCard = {
  id: number
  slug: string
  title: string
  year: number | null
  runtime: number | null
  poster: Image | null
  /**
   * Published but its video not ready, so it cannot be rented yet. Absent where the reader could
   * not see the video (a viewer's own rows, read with the viewer's access).
   */
  comingSoon?: boolean
}

/** A credited person, as the film page links to them. */
export type PersonLink = { id: number; name: string }

export type FilmDetail = FilmCard & {
  tagline: string | null
  overview: string | null
  originalTitle: string | null
  releaseDate: string | null
  backdrop: Image | null
  genres: { slug: string; name: string }[]
  cast: (PersonLink & { character: string | null })[]
  crew: (PersonLink & { department: string; job: string | null })[]
  trailerYoutubeKey: string | null
  /** The trailer's public HLS stream, when an editor uploaded one. */
  trailerSrc: string | null
  rentalPriceLak: number
  rentalWindowHours: number
  /** Published with a ready video (src/lib/films/availability.ts); otherwise the page says "coming soon". */
  availableToRent: boolean
  /** The ladder's qualities, highest first, for the data a viewing costs; empty without a video. */
  qualities: VideoQuality[]
  /** The video's length, or the runtime's when the video has none recorded; null when neither is known. */
  lengthSeconds: number | null
}

export type VideoQuality = { name: string; height: number; bandwidth: number }

export type PersonDetail = {
  id: number
  name: string
  biography: string | null
  birthday: string | null
  placeOfBirth: string | null
  knownForDepartment: string | null
  profile: Image | null
  asCast: (FilmCard & { character: string | null })[]
  asCrew: (FilmCard & { job: string | null })[]
}
