import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { rest } from './helpers/api'
import { createMovie, signIn, unique, type SignedIn } from './helpers/fixtures'
import { testPayload } from './helpers/payload'

/**
 * Anonymous catalogue reads over REST carry a strong ETag and CDN caching headers, answer 304 to a
 * matching If-None-Match, and change ETag (and answer) the moment an editor changes the catalogue.
 */
let payload: Payload
let editor: SignedIn

beforeAll(async () => {
  ;({ payload } = await testPayload())
  editor = await signIn(payload, 'editor', 'etag-editor')
})

const strongTag = /^"[A-Za-z0-9_-]{32}"$/

describe('one film', () => {
  it('ETag and Cache-Control; 304 on If-None-Match; a new ETag and the new text after an edit', async () => {
    const film = await createMovie(payload, { title: unique('ETag film'), lo: 'ຄ່ຳຄືນທີ່ວຽງຈັນ' })
    const path = `movies/${film.id}?locale=lo`
    const first = await rest('GET', path)
    expect(first.status).toBe(200)
    expect(first.body.title).toBe('ຄ່ຳຄືນທີ່ວຽງຈັນ')
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(strongTag)
    expect(first.headers.get('cache-control')).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/)
    expect(first.headers.get('vary')).toMatch(/Authorization/)

    const again = await rest('GET', path)
    expect(again.headers.get('etag')).toBe(etag)
    expect(again.body).toEqual(first.body)
    const notModified = await rest('GET', path, { headers: { 'if-none-match': etag } })
    expect(notModified.status).toBe(304)
    expect(notModified.headers.get('etag')).toBe(etag)
    // Another locale is another answer.
    expect((await rest('GET', `movies/${film.id}?locale=en`)).headers.get('etag')).not.toBe(etag)

    const edited = await rest('PATCH', `movies/${film.id}?locale=lo`, {
      token: editor.token,
      body: { title: 'ຄ່ຳຄືນທີ່ວຽງຈັນ ໃໝ່' },
    })
    expect(edited.status).toBe(200)
    const afterEdit = await rest('GET', path, { headers: { 'if-none-match': etag } })
    expect(afterEdit.status).toBe(200)
    expect(afterEdit.body.title).toBe('ຄ່ຳຄືນທີ່ວຽງຈັນ ໃໝ່')
    expect(afterEdit.headers.get('etag')).toMatch(strongTag)
    expect(afterEdit.headers.get('etag')).not.toBe(etag)
  })

  it('an edit of a person in the cast changes the film’s answer too', async () => {
    const person = await payload.create({ collection: 'people', data: { name: 'Amphone' }, overrideAccess: true })
    const film = await createMovie(payload, { title: unique('Cast film') })
    await payload.update({
      collection: 'movies',
      id: film.id,
      data: { cast: [{ person: person.id, character: 'ດາວ', order: 0 }] },
      overrideAccess: true,
    })
    const before = await rest('GET', `movies/${film.id}?locale=lo&depth=1`)
    expect(before.body.cast[0].person.name).toBe('Amphone')
    await payload.update({
      collection: 'people',
      id: person.id,
      locale: 'lo',
      data: { name: 'ອຳພອນ' },
      overrideAccess: true,
    })
    const after = await rest('GET', `movies/${film.id}?locale=lo&depth=1`)
    expect(after.body.cast[0].person.name).toBe('ອຳພອນ')
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'))
  })
})

describe('lists', () => {
  it('a deleted film leaves the list at once', async () => {
    const film = await createMovie(payload, { title: unique('Leaving') })
    const path = `movies?locale=lo&depth=1&where[id][equals]=${film.id}`
    const listed = await rest('GET', path)
    expect(listed.body.totalDocs).toBe(1)
    await payload.delete({ collection: 'movies', id: film.id, overrideAccess: true })
    const after = await rest('GET', path, { headers: { 'if-none-match': listed.headers.get('etag')! } })
    expect(after.status).toBe(200)
    expect(after.body.totalDocs).toBe(0)
  })

  it('signed-in callers and drafts are never shared: no ETag, no public caching', async () => {
    const draft = await createMovie(payload, { title: unique('Draft'), status: 'draft' })
    const asEditor = await rest('GET', `movies?where[id][equals]=${draft.id}`, { token: editor.token })
    expect(asEditor.body.totalDocs).toBe(1)
    expect(asEditor.headers.get('etag')).toBeNull()
    expect(asEditor.headers.get('cache-control') ?? '').not.toMatch(/public/)
    const anonymous = await rest('GET', `movies?where[id][equals]=${draft.id}`)
    expect(anonymous.body.totalDocs).toBe(0)
    expect((await rest('GET', `movies?where[id][equals]=${draft.id}&draft=true`)).headers.get('etag')).toBeNull()
    // Not the catalogue: rentals and users are never given a public ETag.
    expect((await rest('GET', 'rentals')).headers.get('etag')).toBeNull()
  })
})
