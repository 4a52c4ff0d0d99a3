import pg from 'pg'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { searchMovieIds, searchMovieIdsPage } from '@/lib/search/movieSearch'
import { rest } from './helpers/api'
import { createMovie, unique } from './helpers/fixtures'
import { testPayload } from './helpers/payload'
import { statementsDuring } from './helpers/statements'

/** Search runs in the database, finds any part of a Lao or English title or a cast or director name. */
describe('film search', () => {
  const ids = {} as Record<'signal' | 'signalExact' | 'signalInside' | 'radio' | 'draft', number>
  let director: number
  let actor: number

  beforeAll(async () => {
    const { payload } = await testPayload()
    director = (
      await payload.create({ collection: 'people', overrideAccess: true, data: { name: 'Kongkeo Chanthala' } })
    ).id
    actor = (await payload.create({ collection: 'people', overrideAccess: true, data: { name: 'Bounthanh Sengdara' } }))
      .id
    await payload.update({
      collection: 'people',
      id: actor,
      locale: 'lo',
      overrideAccess: true,
      data: { name: 'ບຸນທັນ ແສງດາລາ' },
    })
    ids.signal = (
      await createMovie(payload, { title: 'Signal from the Hills', lo: 'ນົກຍູງຈາກພູ', slug: unique('signal') })
    ).id
    ids.signalExact = (await createMovie(payload, { title: 'Signal', lo: 'ນົກຍູງ', slug: unique('signal') })).id
    ids.signalInside = (
      await createMovie(payload, { title: 'Night Signals', lo: 'ຄືນແຫ່ງນົກຍູງ', slug: unique('night') })
    ).id
    ids.radio = (await createMovie(payload, { title: 'Radio Nights', slug: unique('radio') })).id
    await payload.update({
      collection: 'movies',
      id: ids.radio,
      locale: 'en',
      overrideAccess: true,
      data: {
        originalTitle: 'ຄືນວິທະຍຸ',
        cast: [{ person: actor, character: 'Kham', order: 0 }],
        crew: [{ person: director, department: 'directing', job: 'Director' }],
      },
    })
    ids.draft = (await createMovie(payload, { title: 'Signal in Draft', status: 'draft', slug: unique('draft') })).id
  })

  const search = (q: string) => searchMovieIds(q)

  it('finds a Lao word inside a longer Lao title, and ranks the exact title first', async () => {
    // A word no other test file titles a film with (the suite shares one database).
    const found = await search('ນົກຍູງ')
    expect(found[0]).toBe(ids.signalExact)
    // A title that starts with the word comes before one that only contains it.
    expect(found).toContain(ids.signalInside)
    expect(found.indexOf(ids.signal)).toBeLessThan(found.indexOf(ids.signalInside))
  })

  it('ranks exact, then prefix, then other matches for English too', async () => {
    const found = await search('signal')
    expect(found.indexOf(ids.signalExact)).toBeLessThan(found.indexOf(ids.signal))
    expect(await search('hills')).toContain(ids.signal)
  })

  it('finds the original title, a cast name in either language, and a director', async () => {
    expect(await search('ວິທະຍຸ')).toContain(ids.radio)
    expect(await search('sengdara')).toContain(ids.radio)
    expect(await search('ແສງດາລາ')).toContain(ids.radio)
    expect(await search('Chanthala')).toContain(ids.radio)
  })

  it('never finds drafts, and finds nothing for nonsense', async () => {
    expect(await search('Signal in Draft')).not.toContain(ids.draft)
    expect(await search('qzxwvk')).toEqual([])
    expect(await search('   ')).toEqual([])
  })

  it('follows renames of people and unpublishing of films', async () => {
    const { payload } = await testPayload()
    await payload.update({
      collection: 'people',
      id: director,
      locale: 'en',
      overrideAccess: true,
      data: { name: 'Kongkeo Sisouk' },
    })
    expect(await search('Sisouk')).toContain(ids.radio)
    expect(await search('Chanthala')).not.toContain(ids.radio)
    await payload.update({ collection: 'movies', id: ids.radio, overrideAccess: true, data: { _status: 'draft' } })
    expect(await search('Radio Nights')).not.toContain(ids.radio)
  })

  it('hands back one page of the ranked matches and how many match in all', async () => {
    const all = await search('ນົກຍູງ')
    expect(all.length).toBeGreaterThanOrEqual(3)
    expect(await searchMovieIdsPage('ນົກຍູງ', { limit: 2, offset: 0 })).toEqual({
      ids: all.slice(0, 2),
      total: all.length,
    })
    expect(await searchMovieIdsPage(' ນົກຍູງ ', { limit: 2, offset: 2 })).toEqual({
      ids: all.slice(2, 4),
      total: all.length,
    })
    expect(await searchMovieIdsPage('qzxwvk', { limit: 2, offset: 0 })).toEqual({ ids: [], total: 0 })
  })

  it('answers over REST as cards, in Lao, best match first, in two statements', async () => {
    const { payload } = await testPayload()
    const { result: answer, statements } = await statementsDuring(payload, () =>
      rest('GET', `movies/search?locale=lo&q=${encodeURIComponent(' ນົກຍູງ ')}`),
    )
    expect(answer.status).toBe(200)
    expect(answer.body.films[0]).toMatchObject({ id: ids.signalExact, title: 'ນົກຍູງ', comingSoon: false })
    expect(answer.body.films.map((film: { id: number }) => film.id)).not.toContain(ids.draft)
    expect(answer.body).toMatchObject({ page: 1, total: answer.body.films.length })
    // No where the ladder lives, nor anything else a card does not show.
    expect(Object.keys(answer.body.films[0]).sort()).toEqual(
      ['comingSoon', 'id', 'poster', 'runtime', 'slug', 'title', 'year'].sort(),
    )
    expect(answer.headers.get('cache-control')).toMatch(/^public/)
    // The index, then the cards (the count is the index's).
    expect(statements.length, statements.join('\n')).toBeLessThanOrEqual(2)
    const english = await rest('GET', 'movies/search?locale=en&q=signal&page=1')
    expect(english.body.films.map((film: { title: string }) => film.title)).toContain('Signal')
  })

  it('refuses a search it cannot answer with a 400 naming the parameter', async () => {
    for (const [query, field] of [
      ['locale=lo', 'q'],
      ['locale=lo&q=%20%20', 'q'],
      [`locale=lo&q=${'ສ'.repeat(101)}`, 'q'],
      ['q=signal', 'locale'],
      ['q=signal&locale=fr', 'locale'],
      ['q=signal&locale=lo&page=0', 'page'],
      ['q=signal&locale=lo&page=abc', 'page'],
    ]) {
      const answer = await rest('GET', `movies/search?${query}`)
      expect(answer.status, query).toBe(400)
      expect(answer.body.errors[0].field, query).toBe(field)
    }
  })

  it('is an index lookup, not a scan of every film', async () => {
    // One connection of our own: with only a few test films the planner would rather scan, so
    // forbid scans and check the index answers the query.
    const client = new pg.Client({ connectionString: inject('databaseUrl') })
    await client.connect()
    try {
      await client.query('SET enable_seqscan = off')
      const { rows } = await client.query(
        `EXPLAIN SELECT movie_id FROM movie_search WHERE grams @> ARRAY['ສັນຍ', 'ັນຍ']::text[]`,
      )
      expect(rows.map((r) => String(r['QUERY PLAN'])).join('\n')).toContain('movie_search_grams_idx')
    } finally {
      await client.end()
    }
  })
})

describe('renamed films', () => {
  it('remember their old slugs, for the site to redirect', async () => {
    const { payload } = await testPayload()
    const film = await createMovie(payload, { title: 'Old Name', slug: unique('old-name') })
    const renamed = await payload.update({
      collection: 'movies',
      id: film.id,
      overrideAccess: true,
      data: { slug: `${film.slug}-new` },
    })
    expect(renamed.previousSlugs?.map((p) => p.slug)).toEqual([film.slug])
    const again = await payload.update({
      collection: 'movies',
      id: film.id,
      overrideAccess: true,
      data: { slug: film.slug },
    })
    expect(again.previousSlugs?.map((p) => p.slug)).toEqual([`${film.slug}-new`])
  })
})
