import path from 'node:path'
import type { Payload, PayloadRequest } from 'payload'
import type { Media, Movie, User } from '../../../payload-types'
import { expireCatalogueCache } from '../catalogue/cacheTags'
import { filmTypeFor } from '../films/filmTypes'
import { slugify } from '../films/slug'
import { relationId } from '../database/relationId'
import { withTransaction } from '../database/withTransaction'
import { removeMediaFiles } from '../storage/mediaStorage'
import { PublicError } from '../http/errors'
import { createTmdbClient, type TmdbClient, type TmdbImage } from './client'
import { laoGenreNames } from './laoGenreNames'
import type { TmdbMovie, TmdbPerson } from './schemas'
import { selectCast, selectCrew } from './selectCredits'

/** A conflict with data already in the catalogue (HTTP 409). */
export class ImportConflict extends PublicError {
  constructor(message: string) {
    super(409, message)
  }
}

export type ImportOutcome = { movie: { id: number; slug: string; title: string }; created: boolean }

/** Imports write many rows; side effects such as cache revalidation wait for the commit. */
const importContext = { tmdbImport: true, disableRevalidate: true }

/**
 * Creates or updates a film from TMDB with its genres, people, cast, key crew and images.
 *
 * Everything is fetched from TMDB first; only then is anything written, in one transaction. So a
 * TMDB failure at any point leaves the catalogue exactly as it was.
 *
 * TMDB owns the English text and metadata; editors own everything else (see README, "TMDB import"):
 * Lao values, the slug once created, price and window, video, publication, hand-uploaded images.
 */
export async function importMovieFromTmdb(
  payload: Payload,
  tmdbId: number,
  // `expireCache: false`: a batch of imports expires the cache once, at its end.
  options: { user?: User | null; client?: TmdbClient; expireCache?: boolean } = {},
): Promise<ImportOutcome> {
  const client = options.client ?? createTmdbClient()
  const plan = await fetchPlan(payload, client, tmdbId)

  const createdMedia: Media[] = []
  try {
    const outcome = await withTransaction(payload, { context: importContext, user: options.user }, (req) =>
      write(payload, req, plan, createdMedia),
    )
    if (options.expireCache !== false) await expireCatalogueCache()
    return outcome
  } catch (error) {
    // The rows went with the transaction; their stored files must go too.
    await Promise.all(createdMedia.map(removeFilesOf))
    throw error
  }
}

type Plan = Awaited<ReturnType<typeof fetchPlan>>

async function fetchPlan(payload: Payload, client: TmdbClient, tmdbId: number) {
  const details = await client.movie(tmdbId)
  const cast = selectCast(details.credits.cast)
  const crew = selectCrew(details.credits.crew)
  const personIds = [...new Set([...cast.map((c) => c.id), ...crew.map((c) => c.id)])]

  const [existingMovie, existingPeople] = await Promise.all([
    payload
      .find({
        collection: 'movies',
        where: { tmdbId: { equals: tmdbId } },
        draft: true,
        locale: 'en',
        depth: 1,
        limit: 1,
        overrideAccess: true,
      })
      .then((r) => r.docs[0]),
    payload
      .find({
        collection: 'people',
        where: { tmdbId: { in: personIds } },
        depth: 0,
        limit: personIds.length,
        overrideAccess: true,
        select: { tmdbId: true },
      })
      .then((r) => new Map(r.docs.map((p) => [p.tmdbId!, p.id]))),
  ])
  const missingPeople = await mapWithConcurrency(
    personIds.filter((id) => !existingPeople.has(id)),
    4,
    (id) => client.person(id),
  )

  const posterPath = tmdbOwnsImage(existingMovie?.poster) ? details.poster_path : null
  const backdropPath = tmdbOwnsImage(existingMovie?.backdrop) ? details.backdrop_path : null
  const wantedImages = [posterPath, backdropPath, ...missingPeople.map((p) => p.profile_path)].filter(
    (p): p is string => Boolean(p),
  )
  const knownImages = wantedImages.length
    ? await payload
        .find({
          collection: 'media',
          where: { tmdbFilePath: { in: wantedImages } },
          depth: 0,
          limit: wantedImages.length,
          overrideAccess: true,
          select: { tmdbFilePath: true },
        })
        .then((r) => new Map(r.docs.map((m) => [m.tmdbFilePath!, m.id])))
    : new Map<string, number>()
  const downloads = new Map(
    await mapWithConcurrency(
      [...new Set(wantedImages)].filter((p) => !knownImages.has(p)),
      4,
      async (filePath) => [filePath, await client.image(filePath)] as const,
    ),
  )
  return {
    tmdbId,
    details,
    cast,
    crew,
    existingMovie,
    existingPeople,
    missingPeople,
    posterPath,
    backdropPath,
    knownImages,
    downloads,
  }
}

/** An image slot TMDB may fill: empty, or holding an image that came from TMDB (never an editor's upload). */
function tmdbOwnsImage(current: number | Media | null | undefined): boolean {
  if (!current) return true
  return typeof current === 'object' && Boolean(current.tmdbFilePath)
}

async function write(payload: Payload, req: PayloadRequest, plan: Plan, createdMedia: Media[]): Promise<ImportOutcome> {
  const common = { req, overrideAccess: true, context: importContext } as const
  const { details } = plan

  if (details.imdb_id) {
    const holder = await payload.find({
      ...common,
      collection: 'movies',
      draft: true,
      where: { and: [{ imdbId: { equals: details.imdb_id } }, { tmdbId: { not_equals: plan.tmdbId } }] },
      limit: 1,
      depth: 0,
    })
    if (holder.docs[0]) {
      throw new ImportConflict(
        `IMDb id ${details.imdb_id} already belongs to "${holder.docs[0].title}" (${holder.docs[0].slug}), ` +
          `which is not TMDB film ${plan.tmdbId}.`,
      )
    }
  }

  const imageIds = new Map(plan.knownImages)
  const imageFor = async (filePath: string | null, alt: string): Promise<number | null> => {
    if (!filePath) return null
    const known = imageIds.get(filePath)
    if (known) return known
    const image = plan.downloads.get(filePath)
    if (!image) return null
    const doc = await createImage(payload, common, filePath, image, alt)
    createdMedia.push(doc)
    imageIds.set(filePath, doc.id)
    return doc.id
  }

  const genreIds = await upsertGenres(payload, common, details.genres)

  const personIds = new Map(plan.existingPeople)
  for (const person of plan.missingPeople) {
    personIds.set(
      person.id,
      await createPerson(payload, common, person, await imageFor(person.profile_path, person.name)),
    )
  }
  const personId = (tmdbPersonId: number) => personIds.get(tmdbPersonId)!

  const existing = plan.existingMovie
  const poster = plan.posterPath ? await imageFor(plan.posterPath, `${details.title} poster`) : undefined
  const backdrop = plan.backdropPath ? await imageFor(plan.backdropPath, `${details.title} backdrop`) : undefined
  const handPickedGenres = (existing?.genres ?? [])
    .filter((g) => typeof g === 'object' && !g.tmdbId)
    .map((g) => relationId(g))

  const data = {
    title: details.title,
    overview: details.overview || null,
    tagline: details.tagline || null,
    originalTitle: details.original_title,
    originalLanguage: details.original_language,
    releaseDate: releaseDateOf(details),
    runtime: details.runtime || null,
    type: filmTypeFor(details.runtime),
    tmdbId: details.id,
    imdbId: details.imdb_id || null,
    trailerYoutubeKey: trailerKeyOf(details),
    genres: [...new Set([...genreIds, ...handPickedGenres])],
    cast: plan.cast.map((member) => ({
      // Reusing the row of the same person keeps the Lao character name an editor wrote for it.
      id: existing?.cast?.find((row) => relationId(row.person) === personId(member.id))?.id,
      person: personId(member.id),
      character: member.character,
      order: member.order,
    })),
    crew: plan.crew.map((member) => ({
      id: existing?.crew?.find(
        (row) => relationId(row.person) === personId(member.id) && row.department === member.ourDepartment,
      )?.id,
      person: personId(member.id),
      department: member.ourDepartment,
      job: member.job,
    })),
    ...(poster !== undefined && { poster }),
    ...(backdrop !== undefined && { backdrop }),
  }

  if (existing) {
    const isDraft = existing._status !== 'published'
    const movie = await payload.update({
      ...common,
      collection: 'movies',
      id: existing.id,
      locale: 'en',
      draft: isDraft,
      depth: 0,
      data,
    })
    return { movie: { id: movie.id, slug: movie.slug, title: movie.title }, created: false }
  }
  const slug = await availableSlug(payload, common, details)
  // New imports start as drafts: editors translate and publish them. No price of their own: they
  // follow the default in Rental settings until an editor sets one.
  const movie = await payload.create({
    ...common,
    collection: 'movies',
    locale: 'en',
    draft: true,
    depth: 0,
    data: { ...data, slug, _status: 'draft', rentalWindowHours: 24 },
  })
  return { movie: { id: movie.id, slug: movie.slug, title: movie.title }, created: true }
}

type Common = { req: PayloadRequest; overrideAccess: true; context: typeof importContext }

async function upsertGenres(payload: Payload, common: Common, genres: TmdbMovie['genres']): Promise<number[]> {
  if (!genres.length) return []
  const { docs } = await payload.find({
    ...common,
    collection: 'genres',
    locale: 'en',
    where: { tmdbId: { in: genres.map((g) => g.id) } },
    limit: genres.length,
    depth: 0,
  })
  const byTmdbId = new Map(docs.map((g) => [g.tmdbId!, g]))
  const ids: number[] = []
  for (const genre of genres) {
    const found = byTmdbId.get(genre.id)
    if (found) {
      if (found.name !== genre.name)
        await payload.update({
          ...common,
          collection: 'genres',
          id: found.id,
          locale: 'en',
          data: { name: genre.name },
        })
      ids.push(found.id)
      continue
    }
    const base = slugify(genre.name) || `genre-${genre.id}`
    const taken = await payload.count({ ...common, collection: 'genres', where: { slug: { equals: base } } })
    const created = await payload.create({
      ...common,
      collection: 'genres',
      locale: 'en',
      data: { name: genre.name, slug: taken.totalDocs ? `${base}-${genre.id}` : base, tmdbId: genre.id },
    })
    const lao = laoGenreNames[genre.id]
    if (lao)
      await payload.update({ ...common, collection: 'genres', id: created.id, locale: 'lo', data: { name: lao } })
    ids.push(created.id)
  }
  return ids
}

async function createPerson(
  payload: Payload,
  common: Common,
  person: TmdbPerson,
  profile: number | null,
): Promise<number> {
  const doc = await payload.create({
    ...common,
    collection: 'people',
    locale: 'en',
    depth: 0,
    data: {
      name: person.name,
      biography: person.biography || null,
      birthday: person.birthday || null,
      placeOfBirth: person.place_of_birth || null,
      knownForDepartment: person.known_for_department || null,
      tmdbId: person.id,
      profile,
    },
  })
  return doc.id
}

async function createImage(
  payload: Payload,
  common: Common,
  filePath: string,
  image: TmdbImage,
  alt: string,
): Promise<Media> {
  const name = `tmdb-${path.basename(filePath)}`
  return payload.create({
    ...common,
    collection: 'media',
    locale: 'en',
    depth: 0,
    data: { alt, tmdbFilePath: filePath },
    file: { data: image.data, mimetype: image.mimetype, name, size: image.data.length },
  })
}

/** A unique slug from the English title: the title, then with the year, then numbered. */
async function availableSlug(payload: Payload, common: Common, details: TmdbMovie): Promise<string> {
  const base = slugify(details.title) || slugify(details.original_title ?? '') || `film-${details.id}`
  const year = details.release_date?.slice(0, 4)
  const candidates = [
    base,
    ...(year ? [`${base}-${year}`] : []),
    ...Array.from({ length: 20 }, (_, i) => `${base}${year ? `-${year}` : ''}-${i + 2}`),
  ]
  // A draft's newer slug lives in its versions while the film's row keeps the first one: check both.
  const taken = new Set<string>()
  for (const draft of [false, true]) {
    const { docs } = await payload.find({
      ...common,
      collection: 'movies',
      draft,
      where: { slug: { in: candidates } },
      limit: candidates.length,
      depth: 0,
      select: { slug: true },
    })
    for (const doc of docs) taken.add(doc.slug)
  }
  const slug = candidates.find((c) => !taken.has(c))
  if (!slug) throw new ImportConflict(`Every slug for "${details.title}" is taken; set one by hand.`)
  return slug
}

/** The Lao release date when TMDB knows one, else TMDB's primary release date. */
function releaseDateOf(details: TmdbMovie): string | null {
  const lao = details.release_dates.results
    .find((r) => r.iso_3166_1 === 'LA')
    ?.release_dates.map((d) => d.release_date)
    .sort()[0]
  const date = lao ?? details.release_date
  return date ? date.slice(0, 10) : null
}

function trailerKeyOf(details: TmdbMovie): string | null {
  const youtube = details.videos.results.filter((v) => v.site === 'YouTube' && v.type === 'Trailer')
  return (youtube.find((v) => v.official) ?? youtube[0])?.key ?? null
}

function removeFilesOf(doc: Media): Promise<void> {
  const files = [doc.filename, ...Object.values(doc.sizes ?? {}).map((size) => size?.filename)]
  return removeMediaFiles(files.filter((f): f is string => Boolean(f)))
}

async function mapWithConcurrency<T, R>(items: T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  let failed = false
  const worker = async () => {
    // After one failure the whole import fails: start no further requests.
    while (next < items.length && !failed) {
      const index = next++
      try {
        results[index] = await run(items[index]!)
      } catch (error) {
        failed = true
        throw error
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

export type { Movie }
