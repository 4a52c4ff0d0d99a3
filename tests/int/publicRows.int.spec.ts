import type { Payload, Where } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Movie } from '../../payload-types'
import { toFilmCard, toFilmDetail } from '@/lib/catalogue/mappers'
import {
  countFilms,
  selectCardDocuments,
  selectFilmDocument,
  selectFilmIds,
  selectRenamedSlug,
} from '@/lib/catalogue/publicRows'
import { createMovie, unique } from './helpers/fixtures'
import { testPayload } from './helpers/payload'

/**
 * The film page and the cards read in one SQL statement each (src/lib/catalogue/publicRows.ts)
 * must show exactly what Payload's own find shows an anonymous reader: the same text in Lao with
 * English where Lao has none, the same image addresses and sizes, the same credits in the same
 * order, and nothing of an unpublished film.
 */
let payload: Payload
let film: Movie
let draft: Movie

async function image(label: string, width: number, height: number, lo?: string) {
  const sharp = (await import('sharp')).default
  const data = await sharp({ create: { width, height, channels: 3, background: '#3b7ae7' } })
    .jpeg()
    .toBuffer()
  const media = await payload.create({
    collection: 'media',
    overrideAccess: true,
    locale: 'en',
    data: { alt: label },
    // A space and a Lao letter: the address must be encoded as Payload encodes it.
    file: { data, mimetype: 'image/jpeg', name: `${unique(label)} ສັນ.jpg`, size: data.length },
  })
  if (lo)
    await payload.update({ collection: 'media', id: media.id, locale: 'lo', overrideAccess: true, data: { alt: lo } })
  return media
}

beforeAll(async () => {
  ;({ payload } = await testPayload())
  const [poster, backdrop] = await Promise.all([image('poster', 800, 1200, 'ໂປສເຕີ'), image('backdrop', 1600, 900)])
  const genre = await payload.create({
    collection: 'genres',
    overrideAccess: true,
    locale: 'en',
    data: { name: unique('Rows genre'), slug: unique('rows-genre') },
  })
  const otherGenre = await payload.create({
    collection: 'genres',
    overrideAccess: true,
    locale: 'en',
    data: { name: unique('Rows other genre'), slug: unique('rows-other-genre') },
  })
  await payload.update({
    collection: 'genres',
    id: genre.id,
    locale: 'lo',
    overrideAccess: true,
    data: { name: 'ລະຄອນ' },
  })
  const [lead, second, director] = await Promise.all(
    ['Lead', 'Second', 'Director'].map((name) =>
      payload.create({ collection: 'people', overrideAccess: true, data: { name: unique(name) } }),
    ),
  )
  await payload.update({
    collection: 'people',
    id: lead!.id,
    locale: 'lo',
    overrideAccess: true,
    data: { name: 'ສັນຍານ ນາງ' },
  })
  const created = await createMovie(payload, { title: unique('Rows film'), lo: 'ສັນຍານ ແມ່ນ້ຳ' })
  film = await payload.update({
    collection: 'movies',
    id: created.id,
    locale: 'en',
    overrideAccess: true,
    context: { disableRevalidate: true },
    data: {
      tagline: 'Only in English',
      overview: 'An English overview',
      originalTitle: 'ສັນຍານ',
      releaseDate: '2019-07-04T00:00:00.000Z',
      runtime: 97,
      rentalPriceLak: 15000,
      poster: poster.id,
      backdrop: backdrop.id,
      genres: [otherGenre.id, genre.id],
      // Out of order on purpose: the page sorts the cast by `order`.
      cast: [
        { person: second!.id, character: 'Friend', order: 2 },
        { person: lead!.id, character: 'Heroine', order: 1 },
      ],
      crew: [{ person: director!.id, department: 'directing', job: 'Director' }],
      trailerYoutubeKey: 'abc123',
    },
  })
  await payload.update({
    collection: 'movies',
    id: film.id,
    locale: 'lo',
    overrideAccess: true,
    context: { disableRevalidate: true },
    data: {
      overview: 'ພາບລວມເປັນພາສາລາວ',
      cast: film.cast!.map((row) => ({
        ...row,
        person: (row.person as { id: number }).id ?? row.person,
        character: row.character === 'Heroine' ? 'ນາງເອກ' : null,
      })),
    },
  })
  draft = await createMovie(payload, { title: unique('Rows draft'), status: 'draft' })
}, 120_000)

/** What the pages showed before: Payload's find as an anonymous reader, past the video rule. */
async function throughPayload(locale: 'en' | 'lo', where: Where, depth: number) {
  const { docs } = await payload.find({
    collection: 'movies',
    overrideAccess: true,
    draft: false,
    locale,
    where: { and: [{ _status: { equals: 'published' } }, where] },
    depth,
  })
  return docs
}

describe('the film page read in one statement', () => {
  for (const locale of ['lo', 'en'] as const)
    it(`shows in ${locale} exactly what Payload's find shows`, async () => {
      const [expected] = await throughPayload(locale, { slug: { equals: film.slug } }, 2)
      const actual = (await selectFilmDocument(locale, film.slug))!
      expect(toFilmDetail(actual, 1, actual)).toEqual(toFilmDetail(expected!, 1, expected!))
    })

  it('falls back to English field by field, and keeps the Lao it has', async () => {
    const lo = toFilmDetail((await selectFilmDocument('lo', film.slug))!, 1, null)
    expect(lo.title).toBe('ສັນຍານ ແມ່ນ້ຳ')
    expect(lo.overview).toBe('ພາບລວມເປັນພາສາລາວ')
    expect(lo.tagline).toBe('Only in English')
    expect(lo.genres.map((genre) => genre.name)).toContain('ລະຄອນ')
    expect(lo.cast.map((person) => [person.name, person.character])).toEqual([
      ['ສັນຍານ ນາງ', 'ນາງເອກ'],
      [expect.stringMatching(/^Second-/), 'Friend'],
    ])
    expect(lo.poster?.alt).toBe('ໂປສເຕີ')
    expect(lo.poster?.url).toMatch(/^\/api\/media\/file\/poster-[0-9a-f]+%20%E0%BA%AA/)
    expect(lo.backdrop?.width).toBe(1280)
  })

  it('knows nothing of a draft, and finds a film by a slug it had before', async () => {
    expect(await selectFilmDocument('lo', draft.slug)).toBeNull()
    const renamed = unique('rows-renamed')
    await payload.update({
      collection: 'movies',
      id: film.id,
      overrideAccess: true,
      context: { disableRevalidate: true },
      data: { slug: renamed },
    })
    expect(await selectRenamedSlug(film.slug)).toBe(renamed)
    expect(await selectRenamedSlug(draft.slug)).toBeNull()
    film = { ...film, slug: renamed }
  })
})

describe('cards read in one statement', () => {
  it("are the cards Payload's find gives, unpublished films left out", async () => {
    const ids = [film.id, draft.id]
    for (const locale of ['lo', 'en'] as const) {
      const docs = await throughPayload(locale, { id: { in: ids } }, 1)
      expect(docs).toHaveLength(1)
      const cards = (await selectCardDocuments(locale, ids)).map(toFilmCard)
      expect(cards).toEqual(docs.map(toFilmCard))
      expect(cards[0]!.comingSoon).toBe(false)
    }
  })
})

describe('lists chosen in one statement', () => {
  it("filter and sort as Payload's find does, a page at a time", async () => {
    const genre = await payload.create({
      collection: 'genres',
      overrideAccess: true,
      data: { name: unique('List genre'), slug: unique('list-genre') },
    })
    const titles = ['ກ ສັນຍານ', 'ຂ ແມ່ນ້ຳ', 'ຄ ພູເຂົາ', 'ງ ຕະຫຼາດ']
    const films = []
    for (const [i, lo] of titles.entries()) {
      const created = await createMovie(payload, { title: unique(`List film ${3 - i}`), lo })
      films.push(
        await payload.update({
          collection: 'movies',
          id: created.id,
          overrideAccess: true,
          context: { disableRevalidate: true },
          data: {
            genres: [genre.id],
            releaseDate: `${2001 + (i % 2)}-0${i + 1}-15`,
            type: i === 3 ? 'short' : 'feature',
          },
        }),
      )
    }
    const listDraft = await createMovie(payload, { title: unique('List draft'), status: 'draft' })
    const ids = [...films.map((film) => film.id), listDraft.id]
    const viaPayload = async (where: Where, sort: string, locale: 'en' | 'lo' = 'lo') =>
      (
        await payload.find({
          collection: 'movies',
          overrideAccess: false,
          draft: false,
          locale,
          where: { and: [{ _status: { equals: 'published' } }, { id: { in: ids } }, where] },
          sort,
          pagination: false,
          depth: 0,
        })
      ).docs.map((doc) => doc.id)

    expect(await selectFilmIds('lo', { genre: genre.slug, ids }, 'newest')).toEqual(
      await viaPayload({ 'genres.slug': { equals: genre.slug } }, '-releaseDate'),
    )
    expect(await selectFilmIds('lo', { ids }, 'oldest')).toEqual(await viaPayload({}, 'releaseDate'))
    expect(await selectFilmIds('lo', { ids }, 'title')).toEqual(films.map((film) => film.id))
    expect(await selectFilmIds('en', { ids }, 'title')).toEqual(await viaPayload({}, 'title', 'en'))
    expect(await selectFilmIds('lo', { ids, year: 2002 }, 'newest')).toEqual([films[3]!.id, films[1]!.id])
    expect(await selectFilmIds('lo', { ids, type: 'short' }, 'newest')).toEqual([films[3]!.id])
    expect(await selectFilmIds('lo', { ids }, 'newest', { limit: 2, offset: 1 })).toEqual(
      (await viaPayload({}, '-releaseDate')).slice(1, 3),
    )
    // A film without a release date comes last, newest or oldest first.
    const undated = await createMovie(payload, { title: unique('List undated') })
    for (const order of ['newest', 'oldest'] as const)
      expect((await selectFilmIds('lo', { ids: [undated.id, ...ids] }, order)).at(-1), order).toBe(undated.id)
    expect(await countFilms({ genre: genre.slug })).toBe(4)
    expect(await countFilms({ genre: genre.slug, year: 2001 })).toBe(2)
    expect(await countFilms({ ids: [listDraft.id] })).toBe(0)
  })
})
