import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { nextUntranslated } from '../../collections/shared/translation/nextUntranslated'
import { laoSaveBody, translatedCount, translationRows } from '../../collections/shared/translation/translatable'
import { rest } from './helpers/api'
import { signIn, unique, type SignedIn } from './helpers/fixtures'
import { testPayload } from './helpers/payload'

describe('the translation view', () => {
  let payload: Payload
  let editor: SignedIn
  let viewer: SignedIn

  beforeAll(async () => {
    payload = (await testPayload()).payload
    await signIn(payload, 'admin', 'admin')
    editor = await signIn(payload, 'editor', 'translation-editor')
    viewer = await signIn(payload, 'viewer', 'translation-viewer')
  })

  async function film(title: string, extra: Record<string, unknown> = {}) {
    // Published with its English text only, as an import leaves a film.
    return payload.create({
      collection: 'movies',
      locale: 'en',
      data: {
        title,
        slug: unique('translate'),
        type: 'feature',
        rentalWindowHours: 24,
        _status: 'published',
        ...extra,
      },
      draft: false,
      overrideAccess: true,
    })
  }

  it("saves Lao in place, as the editor, without touching English or a cast row's person and order", async () => {
    const person = await payload.create({
      collection: 'people',
      locale: 'en',
      data: { name: 'Noy Phommachanh' },
      overrideAccess: true,
    })
    const weaver = await film('The Weaver of Sam Neua', {
      tagline: 'Every thread remembers.',
      cast: [{ person: person.id, order: 2, character: 'Mother' }],
    })
    const read = await rest('GET', `/movies/${weaver.id}?locale=all&depth=0&draft=true`, { token: editor.token })
    const rows = translationRows('movies', read.body)
    expect(translatedCount(rows)).toBe(0)
    expect(rows).toHaveLength(3)

    const castKey = rows.find((row) => row.key.startsWith('cast.'))!.key
    // Published in Lao needs the Lao title (required in every locale); the view asks for it first.
    const body = laoSaveBody('movies', read.body, {
      title: 'ຊ່າງທໍແຫ່ງຊຳເໜືອ',
      tagline: 'ທຸກເສັ້ນໄໝຈື່ຈຳ',
      [castKey]: 'ແມ່',
    })
    const saved = await rest('PATCH', `/movies/${weaver.id}?locale=lo`, {
      token: editor.token,
      body: { ...body, _status: 'published' },
    })
    expect(saved.body.errors ?? [], JSON.stringify(body)).toEqual([])
    expect(saved.status).toBe(200)

    const after = await payload.findByID({ collection: 'movies', id: weaver.id, locale: 'all', depth: 0 })
    const all = after as unknown as Record<string, any>
    expect(all.tagline).toEqual({ en: 'Every thread remembers.', lo: 'ທຸກເສັ້ນໄໝຈື່ຈຳ' })
    expect(all.title.en).toBe('The Weaver of Sam Neua')
    expect(all.cast[0]).toMatchObject({ person: person.id, order: 2, character: { en: 'Mother', lo: 'ແມ່' } })
    expect(translatedCount(translationRows('movies', all))).toBe(3)
    expect(after.needsLao).toBe(false)
  })

  it('refuses a viewer the same save', async () => {
    const other = await film('Tune In at Dusk', { tagline: 'Radio, rain and rice.' })
    const refused = await rest('PATCH', `/movies/${other.id}?locale=lo`, {
      token: viewer.token,
      body: { tagline: 'ວິທະຍຸ' },
    })
    expect(refused.status).toBe(403)
  })

  it('"next untranslated" walks the films that need Lao, after the one open, and wraps round', async () => {
    const first = await film('First Untranslated Reel')
    const second = await film('Second Untranslated Reel')
    const req = await createLocalReq({ user: { ...editor.user, collection: 'users' } }, payload)
    expect(await nextUntranslated(req, { collection: 'movies', id: first.id })).toEqual({
      collection: 'movies',
      id: second.id,
    })
    const afterLast = await nextUntranslated(req, { collection: 'movies', id: second.id })
    expect(afterLast).not.toBeNull()
    expect(afterLast).not.toEqual({ collection: 'movies', id: second.id })
  })
})
