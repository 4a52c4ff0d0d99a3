import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { isAvailable } from '@/lib/films/availability'
import { videoDir } from '@/lib/storage/paths'
import { seed, sampleVideoFolder, type SeedResult } from '@/seed'
import { seedFilms } from '@/seed/catalogue'
import { rest } from './helpers/api'
import { testPayload } from './helpers/payload'

const laoScript = /[\u0E80-\u0EFF]/

describe('the sample catalogue seed', () => {
  let result: SeedResult
  beforeAll(async () => {
    const { payload } = await testPayload()
    // Other test files curate the homepage too; the seed curates only an empty one.
    await payload.updateGlobal({ slug: 'homepage', data: { featured: [] }, overrideAccess: true })
    result = await seed(payload)
  }, 180_000)

  it('publishes at least 12 films, all visible to anonymous API callers', async () => {
    const r = await rest(
      'GET',
      'movies?locale=lo&limit=100&depth=0&where[slug][in]=' + seedFilms.map((f) => f.slug).join(','),
    )
    expect(result.created.movies).toBe(seedFilms.length)
    expect(r.body.totalDocs).toBeGreaterThanOrEqual(12)
    expect(r.body.docs.every((d: { _status: string }) => d._status === 'published')).toBe(true)
  })

  it('gives most films Lao titles in Lao script and leaves some untranslated on purpose', async () => {
    const lo = await rest(
      'GET',
      'movies?locale=lo&fallback-locale=none&limit=100&depth=0&where[slug][in]=' +
        seedFilms.map((f) => f.slug).join(','),
    )
    const titled = lo.body.docs.filter((d: { title?: string }) => d.title && laoScript.test(d.title))
    const untitled = lo.body.docs.filter((d: { title?: string | null }) => !d.title)
    expect(titled.length).toBeGreaterThanOrEqual(10)
    expect(untitled.length).toBeGreaterThanOrEqual(1)
    const withFallback = await rest('GET', `movies/${untitled[0].id}?locale=lo`)
    expect(withFallback.body.title).toMatch(/^[A-Za-z]/)
  })

  it('keeps the draft film out of public view', async () => {
    const r = await rest('GET', 'movies?where[slug][equals]=harvest-moon')
    expect(r.body.totalDocs).toBe(0)
  })

  it('links people, genres, posters and backdrops', async () => {
    const r = await rest('GET', 'movies?locale=lo&depth=1&where[slug][equals]=the-river-between-us')
    const film = r.body.docs[0]
    expect(film.genres.map((g: { name: string }) => g.name)).toContain('ລະຄອນ')
    expect(film.cast[0].person.name).toBe('ຄຳຫຼ້າ ອິນທະວົງ')
    expect(film.cast[0].character).toBe('ມະນີວັນ')
    expect(film.crew.find((c: { department: string }) => c.department === 'directing').person.name).toBe(
      'ສຸກສະຫວັນ ພົມມະຈັນ',
    )
    expect(film.poster.mimeType).toBe('image/jpeg')
    expect(film.poster.sizes.card.width).toBe(400)
    expect(film.backdrop.width).toBe(1280)
  })

  it('curates the homepage with featured films in order', async () => {
    const r = await rest('GET', 'globals/homepage?depth=1&locale=lo')
    expect(r.body.featured.slice(0, 2).map((m: { slug: string }) => m.slug)).toEqual([
      'the-river-between-us',
      'signal-from-phonsavan',
    ])
  })

  it('attaches the HLS ladder to a film and puts its files in video storage', async () => {
    const { payload } = await testPayload()
    const { docs } = await payload.find({
      collection: 'movies',
      where: { slug: { equals: 'the-river-between-us' } },
      overrideAccess: true,
    })
    const video = docs[0]!.video!
    expect(video.masterPlaylist).toBe(`${sampleVideoFolder}/master.m3u8`)
    expect(video.variants?.map((v) => v.name)).toEqual(['1080p', '720p', '480p', '360p'])
    const master = readFileSync(path.join(videoDir(), video.masterPlaylist!), 'utf8')
    for (const variant of ['1080p', '720p', '480p', '360p']) {
      expect(master).toContain(`${variant}/index.m3u8`)
      expect(existsSync(path.join(videoDir(), sampleVideoFolder, variant, 'segment_000.ts'))).toBe(true)
    }
  })

  it('is honest: only the film with the sample ladder can be rented, the others are coming soon', async () => {
    const { payload } = await testPayload()
    const { docs } = await payload.find({
      collection: 'movies',
      where: { slug: { in: seedFilms.map((f) => f.slug) } },
      overrideAccess: true,
      depth: 0,
      limit: 100,
    })
    const rentable = docs.filter((movie) => isAvailable(movie)).map((movie) => movie.slug)
    expect(rentable).toEqual(['the-river-between-us'])
    const comingSoon = docs.find((movie) => movie.slug === 'monsoon-letters')!
    const checkout = await rest('POST', 'payments/checkout', { body: { movie: comingSoon.id } })
    expect(checkout.status).toBe(409)
  })

  it('is safe to run again: nothing is duplicated', async () => {
    const { payload } = await testPayload()
    const again = await seed(payload)
    expect(again.created).toEqual({ movies: 0, people: 0, genres: 0, media: 0 })
  })
})
