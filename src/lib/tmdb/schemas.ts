import { z } from 'zod'

/** The parts of TMDB API v3 answers that the import reads; everything else is ignored. */

const nullableString = z
  .string()
  .nullish()
  .transform((value) => value ?? null)

export const tmdbCastMember = z.object({
  id: z.number().int().positive(),
  name: z.string(),
  character: nullableString,
  order: z.number().int().nonnegative(),
  profile_path: nullableString,
  known_for_department: nullableString,
})

export const tmdbCrewMember = z.object({
  id: z.number().int().positive(),
  name: z.string(),
  department: z.string(),
  job: z.string(),
  profile_path: nullableString,
})

export const tmdbMovie = z.object({
  id: z.number().int().positive(),
  imdb_id: nullableString,
  title: z.string(),
  original_title: nullableString,
  original_language: nullableString,
  overview: nullableString,
  tagline: nullableString,
  release_date: nullableString,
  runtime: z.number().int().nonnegative().nullish(),
  genres: z.array(z.object({ id: z.number().int().positive(), name: z.string() })).default([]),
  poster_path: nullableString,
  backdrop_path: nullableString,
  credits: z.object({ cast: z.array(tmdbCastMember).default([]), crew: z.array(tmdbCrewMember).default([]) }),
  videos: z
    .object({
      results: z
        .array(z.object({ key: z.string(), site: z.string(), type: z.string(), official: z.boolean().optional() }))
        .default([]),
    })
    .default({ results: [] }),
  release_dates: z
    .object({
      results: z
        .array(
          z.object({
            iso_3166_1: z.string(),
            release_dates: z.array(z.object({ release_date: z.string(), type: z.number().int() })),
          }),
        )
        .default([]),
    })
    .default({ results: [] }),
})

export const tmdbPerson = z.object({
  id: z.number().int().positive(),
  name: z.string(),
  biography: nullableString,
  birthday: nullableString,
  place_of_birth: nullableString,
  known_for_department: nullableString,
  profile_path: nullableString,
})

export const tmdbError = z.object({ status_code: z.number().int(), status_message: z.string() })

export type TmdbMovie = z.infer<typeof tmdbMovie>
export type TmdbPerson = z.infer<typeof tmdbPerson>
export type TmdbCastMember = z.infer<typeof tmdbCastMember>
export type TmdbCrewMember = z.infer<typeof tmdbCrewMember>
