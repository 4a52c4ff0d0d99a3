export const filmTypes = ['feature', 'short'] as const
export type FilmType = (typeof filmTypes)[number]

/** The Academy's line between a short and a feature film. */
export const shortFilmMaxMinutes = 40

/** A film's type from its runtime; a film of unknown length counts as a feature. */
export const filmTypeFor = (runtimeMinutes: number | null | undefined): FilmType =>
  runtimeMinutes && runtimeMinutes <= shortFilmMaxMinutes ? 'short' : 'feature'
