import type { Payload, PayloadRequest } from 'payload'
import { relationId } from '../database/relationId'
import { catalogueTag, filmTag, genreTag, homeTag, listsTag, personTag } from './cacheTags'

/**
 * Which cached pages one editor's change touches (the tags of ./cacheTags.ts): the page of what
 * changed and the lists it appears in, never the whole catalogue for one film. Both the document
 * as saved and as it was count: a film that leaves a genre must leave that genre's pages too.
 */

type Relation = number | { id: number } | null | undefined
type FilmLike = {
  slug?: string | null
  genres?: Relation[] | null
  cast?: { person?: Relation }[] | null
  crew?: { person?: Relation }[] | null
}
type Named = { id: number; slug?: string | null }

const ids = (relations: Relation[]) => [...new Set(relations.flatMap((r) => relationId(r) ?? []))]

async function genreSlugs(payload: Payload, req: Partial<PayloadRequest> | undefined, genreIds: number[]) {
  if (!genreIds.length) return []
  const { docs } = await payload.find({
    collection: 'genres',
    where: { id: { in: genreIds } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { slug: true },
    req,
  })
  return docs.map((genre) => genre.slug)
}

async function slugsOfFilms(payload: Payload, req: Partial<PayloadRequest> | undefined, where: object) {
  const { docs } = await payload.find({
    collection: 'movies',
    where: where as never,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { slug: true },
    req,
  })
  return docs.map((film) => film.slug)
}

/** A film saved or deleted: its page (old and new slug), the lists, its genres' and people's pages. */
export async function filmTags(
  payload: Payload,
  req: Partial<PayloadRequest> | undefined,
  versions: (FilmLike | null | undefined)[],
): Promise<string[]> {
  const films = versions.filter((film): film is FilmLike => Boolean(film))
  const genres = await genreSlugs(payload, req, ids(films.flatMap((film) => film.genres ?? [])))
  const people = ids(films.flatMap((film) => [...(film.cast ?? []), ...(film.crew ?? [])].map((row) => row.person)))
  return [
    listsTag,
    ...films.flatMap((film) => (film.slug ? [filmTag(film.slug)] : [])),
    ...genres.map(genreTag),
    ...people.map(personTag),
  ]
}

/** A person saved or deleted: their page and the pages of the films that credit them. */
export async function personTags(payload: Payload, req: Partial<PayloadRequest> | undefined, person: Named) {
  const films = await slugsOfFilms(payload, req, {
    or: [{ 'cast.person': { equals: person.id } }, { 'crew.person': { equals: person.id } }],
  })
  return [personTag(person.id), ...films.map(filmTag)]
}

/** A genre saved or deleted: its browse pages (old and new slug), the lists, the films in it. */
export async function genreTags(payload: Payload, req: Partial<PayloadRequest> | undefined, versions: Named[]) {
  const films = await slugsOfFilms(payload, req, { genres: { in: versions.map((genre) => genre.id) } })
  return [listsTag, ...versions.flatMap((genre) => (genre.slug ? [genreTag(genre.slug)] : [])), ...films.map(filmTag)]
}

/** The home page's own choices (the featured films). */
export const homepageTags = () => [homeTag]

/**
 * An image may be any film's poster or any person's photo, and the site-wide rental price shows on
 * every film page: both expire the whole catalogue (rare edits).
 */
export const everythingTags = () => [catalogueTag]
