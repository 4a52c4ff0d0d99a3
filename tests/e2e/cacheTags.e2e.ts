import { readFileSync } from 'node:fs'
import pg from 'pg'
import { adminCredentialsFile, e2eDatabaseUrlFile } from './credentials'
import { expect, test } from './fixtures'

/**
 * Issue 15, fine-grained expiry, checked through the cache itself: another film's title is changed
 * in the database behind the cache's back, so its page shows the old title for exactly as long as
 * it is served from the cache. Saving one film must expire its page and the lists it is in, and
 * leave that other film's cached page as it was.
 */
test('saving one film expires its page and the lists, and leaves another film’s cached page', async ({ request }) => {
  const saved = { slug: 'rocket-festival', lo: 'ບຸນບັ້ງໄຟ', changed: 'ບຸນບັ້ງໄຟ ສະບັບໃໝ່' }
  const other = { slug: 'voice-of-the-khaen', lo: 'ສຽງແຄນ', behindCache: 'ສຽງແຄນ ໃນຖານຂໍ້ມູນ' }
  const html = async (path: string) => (await request.get(path)).text()
  for (const path of [`/lo/movies/${other.slug}`, `/lo/movies/${saved.slug}`, '/lo', '/lo/movies']) {
    await html(path)
    await html(path)
  }
  expect(await html(`/lo/movies/${other.slug}`)).toContain(other.lo)

  const db = new pg.Client({ connectionString: readFileSync(e2eDatabaseUrlFile, 'utf8') })
  await db.connect()
  const setOtherTitle = (title: string) =>
    db.query(
      `UPDATE movies_locales SET title = $1
       WHERE _locale = 'lo' AND _parent_id = (SELECT id FROM movies WHERE slug = $2)`,
      [title, other.slug],
    )
  const { email, password } = JSON.parse(readFileSync(adminCredentialsFile, 'utf8'))
  const { token } = await (await request.post('/api/users/login', { data: { email, password } })).json()
  const { docs } = await (await request.get(`/api/movies?where[slug][equals]=${saved.slug}&depth=0`)).json()
  const save = (title: string) =>
    request.patch(`/api/movies/${docs[0].id}?locale=lo`, {
      data: { title },
      headers: { Authorization: `JWT ${token}` },
    })
  try {
    await setOtherTitle(other.behindCache)
    expect((await save(saved.changed)).status()).toBe(200)

    const shows = (path: string, text: string) =>
      expect.poll(async () => (await html(path)).includes(text), { timeout: 5_000, intervals: [250] }).toBe(true)
    await shows(`/lo/movies/${saved.slug}`, saved.changed)
    await shows('/lo', saved.changed)
    await shows('/lo/movies', saved.changed)
    // Still the cached page: rendered afresh it would show the database's title.
    const otherPage = await html(`/lo/movies/${other.slug}`)
    expect(otherPage).toContain(`<h1>${other.lo}</h1>`)
    expect(otherPage).not.toContain(other.behindCache)
  } finally {
    await setOtherTitle(other.lo)
    expect((await save(saved.lo)).status()).toBe(200)
    await db.end()
  }
})
