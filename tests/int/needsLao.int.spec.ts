import { beforeAll, describe, expect, it } from 'vitest'
import { rest } from './helpers/api'
import { signIn, unique, type SignedIn } from './helpers/fixtures'
import { testPayload } from './helpers/payload'

/**
 * The translation workflow: lists show which documents lack Lao, and the "needs Lao" filter lists
 * exactly the documents with English text somewhere that has no Lao beside it.
 */
let editor: SignedIn

beforeAll(async () => {
  const { payload } = await testPayload()
  editor = await signIn(payload, 'editor', 'translator')
})

const save = async (method: 'POST' | 'PATCH', path: string, body: unknown) => {
  const r = await rest(method, path, { token: editor.token, body })
  expect(r.status, JSON.stringify(r.body)).toBeLessThan(300)
  return r.body.doc
}
const needsLao = async (collection: string, id: number) =>
  (await rest('GET', `${collection}/${id}?draft=true&depth=0`, { token: editor.token })).body.needsLao

describe('needs Lao', () => {
  it('a genre needs Lao until its name is translated, and saving Lao leaves English alone', async () => {
    const genre = await save('POST', 'genres?locale=en', { name: 'Musical', slug: unique('musical') })
    expect(await needsLao('genres', genre.id)).toBe(true)
    await save('PATCH', `genres/${genre.id}?locale=lo`, { name: 'ລະຄອນເພງ' })
    expect(await needsLao('genres', genre.id)).toBe(false)
    expect((await rest('GET', `genres/${genre.id}?locale=en`)).body.name).toBe('Musical')
  })

  it('a film needs Lao while a localized text — title, tagline, overview, character, job — lacks it', async () => {
    const person = await save('POST', 'people?locale=en', { name: 'Amphone Sayasith' })
    const film = await save('POST', 'movies?locale=en&draft=true', {
      title: 'Monsoon Letters',
      slug: unique('monsoon'),
      overview: 'Letters across ten rainy seasons.',
      cast: [{ person: person.id, character: 'Dao', order: 0 }],
      crew: [{ person: person.id, department: 'directing', job: 'Director' }],
    })
    expect(await needsLao('movies', film.id)).toBe(true)
    const saved = (await rest('GET', `movies/${film.id}?draft=true&depth=0`, { token: editor.token })).body
    await save('PATCH', `movies/${film.id}?locale=lo&draft=true`, {
      title: 'ຈົດໝາຍລະດູຝົນ',
      overview: 'ຈົດໝາຍສິບລະດູຝົນ',
    })
    expect(await needsLao('movies', film.id)).toBe(true)
    await save('PATCH', `movies/${film.id}?locale=lo&draft=true`, {
      cast: [{ id: saved.cast[0].id, person: person.id, character: 'ດາວ', order: 0 }],
      crew: [{ id: saved.crew[0].id, person: person.id, department: 'directing', job: 'ຜູ້ກຳກັບ' }],
    })
    expect(await needsLao('movies', film.id)).toBe(false)
    // New English text without Lao marks it again.
    await save('PATCH', `movies/${film.id}?locale=en&draft=true`, { tagline: 'Every rainy season, one letter.' })
    expect(await needsLao('movies', film.id)).toBe(true)
  })

  it.each(['movies', 'people', 'genres'])(
    'the %s filter lists exactly the documents with an untranslated field',
    async (collection) => {
      const fields: Record<string, string[]> = {
        movies: ['title', 'tagline', 'overview', 'cast.character', 'crew.job'],
        people: ['name', 'biography', 'placeOfBirth'],
        genres: ['name'],
      }
      const all = (
        await rest('GET', `${collection}?locale=all&draft=true&depth=0&limit=10000`, { token: editor.token })
      ).body.docs
      const text = (v: unknown) => typeof v === 'string' && v.trim() !== ''
      const untranslated = (value: any) => text(value?.en) && !text(value?.lo)
      const expected = all
        .filter((doc: any) =>
          fields[collection]!.some((f) => {
            const [head, sub] = f.split('.')
            return sub ? (doc[head!] ?? []).some((row: any) => untranslated(row[sub])) : untranslated(doc[head!])
          }),
        )
        .map((doc: any) => doc.id)
        .sort((a: number, b: number) => a - b)
      const filtered = (
        await rest('GET', `${collection}?where[needsLao][equals]=true&draft=true&depth=0&limit=10000`, {
          token: editor.token,
        })
      ).body.docs
        .map((doc: any) => doc.id)
        .sort((a: number, b: number) => a - b)
      expect(filtered).toEqual(expected)
      expect(all.length).toBeGreaterThan(0)
    },
  )
})
