import { beforeAll, describe, expect, it } from 'vitest'
import { readBrowseCount, readBrowsePage, readFilm, readGenres, readHome, readYears } from '@/lib/catalogue/reads'
import { createMovie, unique } from './helpers/fixtures'
import { testPayload } from './helpers/payload'
import { statementsDuring } from './helpers/statements'

/**
 * The N+1 guard (issue 15, acceptance 1): what one cache miss of each public page costs, counted as
 * statements sent to PostgreSQL. The home page's rows must not cost a statement per genre, nor a
 * card query per row; a film or browse page must not cost one per cast member or per poster.
 */
const limits = { home: 25, browse: 8, film: 8 }
const genreCount = 14
const filmCount = 40

let filmSlug: string
let genreSlugs: string[]

beforeAll(async () => {
  const { payload } = await testPayload()
  const sharp = (await import('sharp')).default
  const image = async (label: string) => {
    const data = await sharp({ create: { width: 40, height: 60, channels: 3, background: '#7a3be7' } })
      .jpeg()
      .toBuffer()
    return payload.create({
      collection: 'media',
      overrideAccess: true,
      data: { alt: label },
      file: { data, mimetype: 'image/jpeg', name: `${unique(label)}.jpg`, size: data.length },
    })
  }
  const [poster, profile] = await Promise.all([image('poster'), image('profile')])
  const genres = []
  for (let i = 0; i < genreCount; i++) {
    const genre = await payload.create({
      collection: 'genres',
      overrideAccess: true,
      locale: 'en',
      data: { name: unique(`Cost genre ${i}`), slug: unique('cost-genre') },
    })
    await payload.update({
      collection: 'genres',
      id: genre.id,
      locale: 'lo',
      overrideAccess: true,
      data: { name: `ປະເພດ ${i}` },
    })
    genres.push(genre)
  }
  genreSlugs = genres.map((genre) => genre.slug)
  const people = []
  for (let i = 0; i < 6; i++)
    people.push(
      await payload.create({
        collection: 'people',
        overrideAccess: true,
        data: { name: unique(`Cost person ${i}`), profile: profile.id },
      }),
    )
  const films = []
  for (let i = 0; i < filmCount; i++) {
    const film = await createMovie(payload, { title: unique(`Cost film ${i}`), lo: `ສັນຍານ ${i}` })
    await payload.update({
      collection: 'movies',
      id: film.id,
      locale: 'en',
      overrideAccess: true,
      context: { disableRevalidate: true },
      data: {
        poster: poster.id,
        backdrop: poster.id,
        releaseDate: `${2000 + (i % 20)}-03-01`,
        genres: [genres[i % genreCount]!.id, genres[(i + 3) % genreCount]!.id],
        cast: people.slice(0, 4).map((person, order) => ({ person: person.id, character: `Role ${order}`, order })),
        crew: [{ person: people[5]!.id, department: 'directing', job: 'Director' }],
      },
    })
    films.push(film)
  }
  filmSlug = films[7]!.slug
  await payload.updateGlobal({
    slug: 'homepage',
    overrideAccess: true,
    data: { featured: films.slice(0, 5).map((film) => film.id) },
  })
}, 300_000)

describe('what a cache miss costs in SQL statements', () => {
  it(`reads the home page in at most ${limits.home} statements, with every genre's row`, async () => {
    const { payload } = await testPayload()
    const { result, statements } = await statementsDuring(payload, () => readHome('lo'))
    expect(result.featured).toHaveLength(5)
    expect(result.hero?.cast.length).toBe(4)
    expect(result.newest.length).toBeGreaterThan(0)
    // Every genre of ours has films, so every one has its row, each with its posters.
    const ours = result.byGenre.filter((row) => row.name.startsWith('ປະເພດ'))
    expect(ours).toHaveLength(genreCount)
    expect(ours.every((row) => row.films.length > 0 && row.films.every((film) => film.poster))).toBe(true)
    expect(statements.length, statements.join('\n')).toBeLessThanOrEqual(limits.home)
  })

  it(`reads a film page in at most ${limits.film} statements, its cast and crew included`, async () => {
    const { payload } = await testPayload()
    const { result, statements } = await statementsDuring(payload, () => readFilm('lo', filmSlug))
    expect(result && 'film' in result && result.film.title).toMatch(/^ສັນຍານ /)
    const film = result && 'film' in result ? result.film : null
    expect(film?.cast.map((person) => person.name)).toHaveLength(4)
    expect(film?.crew.map((person) => person.job)).toEqual(['Director'])
    expect(film?.genres).toHaveLength(2)
    expect(statements.length, statements.join('\n')).toBeLessThanOrEqual(limits.film)
  })

  it(`reads a browse page in at most ${limits.browse} statements, and a genre's page too`, async () => {
    const { payload } = await testPayload()
    for (const filter of [{}, { genre: genreSlugs[2] }]) {
      const { result, statements } = await statementsDuring(payload, async () => {
        // What the browse page reads: the filter lists, the count, and the page of cards.
        const [, years, total] = await Promise.all([readGenres('lo'), readYears(), readBrowseCount(filter)])
        return { years, page: await readBrowsePage('lo', filter, 'newest', 1, total) }
      })
      expect(result.years.length).toBeGreaterThan(0)
      expect(result.page.films.length).toBeGreaterThan(0)
      // Every film of this file has a poster; other files' films (one shared database) may not.
      if (filter.genre) expect(result.page.films.every((film) => film.poster)).toBe(true)
      const years = result.page.films.map((film) => film.year ?? 0)
      expect(years).toEqual([...years].sort((a, b) => b - a))
      expect(statements.length, statements.join('\n')).toBeLessThanOrEqual(limits.browse)
    }
  })
})
