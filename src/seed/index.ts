import { cp, readFile } from 'node:fs/promises'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'
import { sampleLadder } from '@/lib/video/ladder'
import { filmTypeFor } from '../lib/films/filmTypes'
import { withTransaction } from '../lib/database/withTransaction'
import { videoDir } from '../lib/storage/paths'
import { landscapeJpeg, portraitJpeg } from './artwork'
import { featuredSlugs, seedFilms, seedGenres, seedPeople, type SeedFilm } from './catalogue'

export const sampleVideoFolder = 'lao-sample'
const sampleLadderSource = path.resolve('samples/video', sampleVideoFolder)
/** The sample film's subtitles; the Lao one is SRT, so seeding goes through the conversion editors' uploads do. */
const sampleSubtitles = [
  { language: 'en', file: 'samples/subtitles/lao-sample.en.vtt' },
  { language: 'lo', file: 'samples/subtitles/lao-sample.lo.srt' },
] as const

export type SeedResult = {
  admin?: { email: string; password: string }
  created: { movies: number; people: number; genres: number; media: number }
}

/** Bulk writes skip per-document side effects such as cache revalidation. */
const seedContext = { disableRevalidate: true, seeding: true }

/**
 * Fills an empty (or partly seeded) database with the sample catalogue in one transaction:
 * what already exists (by slug, or by name for people) is left as it is.
 */
export async function seed(
  payload: Payload,
  options: { adminEmail?: string; adminPassword?: string } = {},
): Promise<SeedResult> {
  const result = await withTransaction(payload, { context: seedContext }, (req) => seedWithin(payload, req, options))
  // Video files are copied only once the rows that point at them are committed.
  await cp(sampleLadderSource, path.join(videoDir(), sampleVideoFolder), { recursive: true, force: true })
  return result
}

async function seedWithin(
  payload: Payload,
  req: PayloadRequest,
  options: { adminEmail?: string; adminPassword?: string },
): Promise<SeedResult> {
  const created = { movies: 0, people: 0, genres: 0, media: 0 }
  const common = { req, overrideAccess: true, context: seedContext } as const

  const admin = await ensureAdmin(payload, req, options)

  const genreIds = new Map<string, number>()
  for (const genre of seedGenres) {
    const existing = await payload.find({
      ...common,
      collection: 'genres',
      where: { slug: { equals: genre.slug } },
      limit: 1,
    })
    if (existing.docs[0]) {
      genreIds.set(genre.slug, existing.docs[0].id)
      continue
    }
    const doc = await payload.create({
      ...common,
      collection: 'genres',
      locale: 'en',
      data: { name: genre.name.en, slug: genre.slug, tmdbId: genre.tmdbId },
    })
    if (genre.name.lo)
      await payload.update({ ...common, collection: 'genres', id: doc.id, locale: 'lo', data: { name: genre.name.lo } })
    genreIds.set(genre.slug, doc.id)
    created.genres++
  }

  const personIds = new Map<string, number>()
  for (const [index, person] of seedPeople.entries()) {
    const existing = await payload.find({
      ...common,
      collection: 'people',
      locale: 'en',
      where: { name: { equals: person.name.en } },
      limit: 1,
    })
    if (existing.docs[0]) {
      personIds.set(person.key, existing.docs[0].id)
      continue
    }
    const profile = await createImage(
      payload,
      common,
      await portraitJpeg(index),
      `${person.key}-profile.jpg`,
      person.name.en,
    )
    created.media++
    const doc = await payload.create({
      ...common,
      collection: 'people',
      locale: 'en',
      data: {
        name: person.name.en,
        biography: person.biography?.en,
        birthday: person.birthday,
        placeOfBirth: person.placeOfBirth?.en,
        knownForDepartment: person.department,
        profile,
      },
    })
    if (person.name.lo) {
      await payload.update({
        ...common,
        collection: 'people',
        id: doc.id,
        locale: 'lo',
        data: { name: person.name.lo, biography: person.biography?.lo, placeOfBirth: person.placeOfBirth?.lo },
      })
    }
    personIds.set(person.key, doc.id)
    created.people++
  }

  const movieIds = new Map<string, number>()
  for (const [index, film] of seedFilms.entries()) {
    const existing = await payload.find({
      ...common,
      collection: 'movies',
      draft: true,
      where: { slug: { equals: film.slug } },
      limit: 1,
    })
    if (existing.docs[0]) {
      movieIds.set(film.slug, existing.docs[0].id)
      continue
    }
    movieIds.set(film.slug, await createFilm(payload, common, film, index, genreIds, personIds))
    created.movies++
    created.media += 2
  }

  const homepage = await payload.findGlobal({ ...common, slug: 'homepage', depth: 0 })
  if (!homepage.featured?.length) {
    await payload.updateGlobal({
      ...common,
      slug: 'homepage',
      data: {
        featured: featuredSlugs.map((slug) => movieIds.get(slug)).filter((id): id is number => id !== undefined),
      },
    })
  }

  return { admin, created }
}

type Common = { req: PayloadRequest; overrideAccess: true; context: typeof seedContext }

async function createFilm(
  payload: Payload,
  common: Common,
  film: SeedFilm,
  index: number,
  genreIds: Map<string, number>,
  personIds: Map<string, number>,
): Promise<number> {
  const person = (key: string) => {
    const id = personIds.get(key)
    if (id === undefined) throw new Error(`Seed film ${film.slug} names an unknown person: ${key}`)
    return id
  }
  const poster = await createImage(
    payload,
    common,
    await landscapeJpeg(film.palette, 500, 750, index),
    `${film.slug}-poster.jpg`,
    `${film.title.en} poster`,
  )
  const subtitles = film.sampleVideo ? await createSampleSubtitles(payload, common, film.slug) : []
  const backdrop = await createImage(
    payload,
    common,
    await landscapeJpeg(film.palette, 1280, 720, index + 1),
    `${film.slug}-backdrop.jpg`,
    `${film.title.en} backdrop`,
  )
  const status = film.draft ? 'draft' : 'published'

  const doc = await payload.create({
    ...common,
    collection: 'movies',
    locale: 'en',
    draft: film.draft,
    data: {
      _status: status,
      title: film.title.en,
      slug: film.slug,
      tagline: film.tagline?.en,
      overview: film.overview.en,
      originalTitle: film.originalTitle,
      originalLanguage: 'lo',
      releaseDate: film.releaseDate,
      runtime: film.runtime,
      type: filmTypeFor(film.runtime),
      poster,
      backdrop,
      genres: film.genres.map((slug) => genreIds.get(slug)).filter((id): id is number => id !== undefined),
      cast: film.cast.map((row, order) => ({ person: person(row.person), character: row.character.en, order })),
      crew: film.crew.map((row) => ({ person: person(row.person), department: row.department, job: row.job.en })),
      rentalPriceLak: film.rentalPriceLak,
      rentalWindowHours: 24,
      video: film.sampleVideo
        ? {
            masterPlaylist: `${sampleVideoFolder}/master.m3u8`,
            durationSeconds: 60,
            variants: sampleLadder.map((v) => ({ ...v })),
            subtitles,
          }
        : undefined,
    },
  })

  if (film.title.lo) {
    await payload.update({
      ...common,
      collection: 'movies',
      id: doc.id,
      locale: 'lo',
      draft: film.draft,
      data: {
        _status: status,
        title: film.title.lo,
        tagline: film.tagline?.lo,
        overview: film.overview.lo,
        // Array rows keep their ids so that only the Lao values are added.
        cast: (doc.cast ?? []).map((row, i) => ({ ...row, character: film.cast[i]?.character.lo })),
        crew: (doc.crew ?? []).map((row, i) => ({ ...row, job: film.crew[i]?.job.lo })),
      },
    })
  }
  return doc.id
}

async function createImage(payload: Payload, common: Common, data: Buffer, name: string, alt: string): Promise<number> {
  const doc = await payload.create({
    ...common,
    collection: 'media',
    locale: 'en',
    data: { alt },
    file: { data, mimetype: 'image/jpeg', name, size: data.length },
  })
  return doc.id
}

async function ensureAdmin(
  payload: Payload,
  req: PayloadRequest,
  options: { adminEmail?: string; adminPassword?: string },
): Promise<SeedResult['admin']> {
  const { totalDocs } = await payload.count({ collection: 'users', req, overrideAccess: true })
  if (totalDocs > 0) return undefined
  const email = options.adminEmail ?? 'admin@laocinema.la'
  const password = options.adminPassword ?? randomBytes(12).toString('base64url')
  await payload.create({
    collection: 'users',
    req,
    overrideAccess: true,
    data: { email, password, displayName: 'Lao Cinema admin', role: 'admin' },
  })
  return { email, password }
}

export function printSeedResult(result: SeedResult, log: (line: string) => void = console.log): void {
  const { created } = result
  log(`Seeded ${created.movies} films, ${created.people} people, ${created.genres} genres, ${created.media} images.`)
  if (result.admin) {
    log('')
    log('  Admin login (shown once — write it down):')
    log(`    email:    ${result.admin.email}`)
    log(`    password: ${result.admin.password}`)
    log('')
  }
}

async function createSampleSubtitles(payload: Payload, common: Common, slug: string) {
  const tracks = []
  for (const { language, file } of sampleSubtitles) {
    const data = await readFile(path.resolve(file))
    const name = `${slug}.${language}${path.extname(file)}`
    const track = await payload.create({
      ...common,
      collection: 'subtitles',
      data: {},
      file: { data, name, mimetype: 'text/plain', size: data.length },
    })
    tracks.push({ language, track: track.id })
  }
  return tracks
}
