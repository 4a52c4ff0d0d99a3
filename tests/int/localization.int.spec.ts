import { beforeAll, describe, expect, it } from 'vitest'
import { graphql, rest } from './helpers/api'
import { createMovie, unique } from './helpers/fixtures'
import { testPayload } from './helpers/payload'

describe('content localization (en default, lo with fallback)', () => {
  let translated: { id: number; slug: string }
  let untranslated: { id: number; slug: string }

  beforeAll(async () => {
    const { payload } = await testPayload()
    translated = await createMovie(payload, {
      title: 'Signal from Phonsavan',
      lo: 'ສັນຍານຈາກໂພນສະຫວັນ',
      slug: unique('signal'),
    })
    untranslated = await createMovie(payload, { title: 'Night Bus to Pakse', slug: unique('night-bus') })
  })

  it('REST ?locale=lo returns the Lao title, and the English one for an untranslated film', async () => {
    const lo = await rest('GET', `movies/${translated.id}?locale=lo`)
    expect(lo.status).toBe(200)
    expect(lo.body.title).toBe('ສັນຍານຈາກໂພນສະຫວັນ')

    const fallback = await rest('GET', `movies/${untranslated.id}?locale=lo`)
    expect(fallback.body.title).toBe('Night Bus to Pakse')
  })

  it('REST ?locale=lo&fallback-locale=none returns no title for an untranslated film', async () => {
    const none = await rest('GET', `movies/${untranslated.id}?locale=lo&fallback-locale=none`)
    expect(none.status).toBe(200)
    expect(none.body.title ?? null).toBeNull()

    const stillLao = await rest('GET', `movies/${translated.id}?locale=lo&fallback-locale=none`)
    expect(stillLao.body.title).toBe('ສັນຍານຈາກໂພນສະຫວັນ')
  })

  it('REST ?locale=en keeps the English title after Lao was added', async () => {
    const en = await rest('GET', `movies/${translated.id}?locale=en`)
    expect(en.body.title).toBe('Signal from Phonsavan')
  })

  it('GraphQL returns the same data as REST', async () => {
    const query = `query ($id: Int!) {
      lo: Movie(id: $id, locale: lo) { title }
      none: Movie(id: $id, locale: lo, fallbackLocale: none) { title }
      en: Movie(id: $id, locale: en) { title }
    }`
    const untranslatedResult = await graphql(query, { variables: { id: untranslated.id } })
    expect(untranslatedResult.status).toBe(200)
    expect(untranslatedResult.body.errors).toBeUndefined()
    expect(untranslatedResult.body.data.lo.title).toBe('Night Bus to Pakse')
    expect(untranslatedResult.body.data.none.title).toBeNull()

    const translatedResult = await graphql(query, { variables: { id: translated.id } })
    expect(translatedResult.body.data.lo.title).toBe('ສັນຍານຈາກໂພນສະຫວັນ')
    expect(translatedResult.body.data.en.title).toBe('Signal from Phonsavan')
  })

  it('saving Lao never changes English', async () => {
    const { payload } = await testPayload()
    await payload.update({
      collection: 'movies',
      id: translated.id,
      locale: 'lo',
      overrideAccess: true,
      data: { overview: 'ຊ່າງວິທະຍຸໄດ້ຮັບສັນຍານ' },
    })
    const en = await payload.findByID({ collection: 'movies', id: translated.id, locale: 'en', overrideAccess: true })
    expect(en.title).toBe('Signal from Phonsavan')
    expect(en.overview ?? null).toBeNull()
  })
})
