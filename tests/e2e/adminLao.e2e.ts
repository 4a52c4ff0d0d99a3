import { readFileSync } from 'node:fs'
import type { APIRequestContext, Page } from '@playwright/test'
import { adminCredentialsFile, logInToAdmin } from './credentials'
import { expect, test } from './fixtures'

type Film = { id: number; slug: string }

const admin = () => JSON.parse(readFileSync(adminCredentialsFile, 'utf8')) as { email: string; password: string }

/** Brands, protocols and units kept in Latin script on purpose (messages/glossary-lo.md). */
const latinAllowed = [
  'Lao',
  'Cinema',
  'TMDB',
  'IMDb',
  'HLS',
  'API',
  'URL',
  'ID',
  'ISO',
  'LAK',
  'YouTube',
  'WebVTT',
  'SRT',
  'KB',
  'MB',
]

// A word of Latin letters, not the "x" of image sizes such as 1280x720.
const latinWord = /(?<![\dA-Za-z])[A-Za-z][A-Za-z'’-]*/g

/** Words of Latin script in the visible text that are neither brands nor the catalogue's own names. */
async function englishLeft(page: Page, names: Set<string>): Promise<string[]> {
  const visible = await page.locator('body').innerText()
  const words = visible.match(latinWord) ?? []
  return [...new Set(words)].filter((word) => !latinAllowed.includes(word) && !names.has(word))
}

async function adminToken(request: APIRequestContext): Promise<{ Authorization: string }> {
  const { token } = await (await request.post('/api/users/login', { data: admin() })).json()
  return { Authorization: `JWT ${token}` }
}

/** Every English word of the catalogue's names (films, people, genres, file names): content, not UI. */
async function catalogueNames(request: APIRequestContext, auth: { Authorization: string }): Promise<Set<string>> {
  const names = new Set<string>()
  for (const [collection, fields] of [
    ['movies', ['title', 'originalTitle', 'slug']],
    ['people', ['name', 'placeOfBirth', 'knownForDepartment']],
    ['genres', ['name', 'slug']],
    ['media', ['filename', 'mimeType', 'alt']],
    ['subtitles', ['filename', 'mimeType']],
  ] as const) {
    const { docs } = await (
      await request.get(`/api/${collection}?limit=500&depth=0&locale=en&draft=true`, { headers: auth })
    ).json()
    for (const doc of docs) {
      for (const field of fields) {
        for (const word of String(doc[field] ?? '').match(latinWord) ?? []) names.add(word)
      }
    }
  }
  return names
}

test.describe('the admin in Lao', () => {
  const password = 'ສັນຍານ-translator-password-1'
  const editor = { email: `translator-${Date.now()}@e2e.test`, password }
  let auth: { Authorization: string }
  let editorId: number
  const films: Film[] = []

  async function createFilm(request: APIRequestContext, data: Record<string, unknown>): Promise<Film> {
    const created = await request.post('/api/movies?locale=en', {
      headers: auth,
      data: { _status: 'published', ...data },
    })
    expect(created.status()).toBe(201)
    const { doc } = await created.json()
    films.push(doc)
    return doc
  }

  test.beforeAll(async ({ request }) => {
    auth = await adminToken(request)
    const created = await request.post('/api/users', {
      headers: auth,
      data: { ...editor, role: 'editor', displayName: 'ນັກແປ', adminLanguage: 'lo' },
    })
    expect(created.status()).toBe(201)
    editorId = (await created.json()).doc.id
  })

  test.afterAll(async ({ request }) => {
    for (const film of films) await request.delete(`/api/movies/${film.id}`, { headers: auth })
    await request.delete(`/api/users/${editorId}`, { headers: auth })
  })

  test('an editor who chose Lao sees no English on the dashboard, the films list and a film, in Noto Sans Lao', async ({
    page,
    request,
  }) => {
    const names = await catalogueNames(request, auth)
    await logInToAdmin(page, editor)
    // The shell follows the language chosen on the account straight after logging in.
    await expect(page.getByTestId('nav-translate')).toHaveText('ແປເປັນພາສາລາວ')
    expect(await englishLeft(page, names)).toEqual([])
    // The cards' "create" buttons are named for screen readers in Lao too (Payload printed the
    // label object: patches/@payloadcms+ui+*.patch).
    await expect(page.locator('a[href$="/collections/movies/create"]')).toHaveAttribute('aria-label', 'ສ້າງ ຮູບເງົາ ໃໝ່')
    const createLabels = await page
      .locator('a[href$="/create"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('aria-label') ?? ''))
    expect(createLabels.filter((label) => label.includes('[object'))).toEqual([])

    await page.goto('/admin/collections/movies')
    await expect(page.getByTestId('import-from-tmdb').getByText('ນຳເຂົ້າຈາກ TMDB')).toBeVisible()
    expect(await englishLeft(page, names)).toEqual([])

    const { docs } = await (await request.get('/api/movies?limit=1&sort=id&depth=0', { headers: auth })).json()
    await page.goto(`/admin/collections/movies/${docs[0].id}`)
    await expect(page.getByText('ເນື້ອເລື່ອງຫຍໍ້').first()).toBeVisible()
    expect(await englishLeft(page, names)).toEqual([])

    const font = await page
      .locator('.nav__link-label')
      .first()
      .evaluate((el) => getComputedStyle(el).fontFamily)
    expect(font).toContain('Noto Sans Lao')
    await expect
      .poll(() => page.evaluate(async () => (await document.fonts.load('16px "Noto Sans Lao"', 'ສັນຍານ')).length))
      .toBeGreaterThan(0)
  })

  test('the login screen follows the browser: a Thai reader gets Lao, an English one English', async ({ browser }) => {
    const thai = await browser.newContext({ locale: 'th-TH' })
    const thaiPage = await thai.newPage()
    await thaiPage.goto('/admin/login')
    await expect(thaiPage.getByRole('button', { name: 'ເຂົ້າສູ່ລະບົບ' })).toBeVisible()
    await thai.close()

    const english = await browser.newContext({ locale: 'en-GB' })
    const englishPage = await english.newPage()
    await englishPage.goto('/admin/login')
    await expect(englishPage.getByRole('button', { name: 'Login' })).toBeVisible()
    await english.close()
  })

  test('with the content locale Lao, the films list shows an untranslated title in English, marked', async ({
    page,
    request,
  }) => {
    const film = await createFilm(request, { title: 'Signal Over the Mekong' })
    await logInToAdmin(page, editor)
    await expect(page.getByTestId('nav-translate')).toHaveText('ແປເປັນພາສາລາວ')
    await page.goto(`/admin/collections/movies?locale=lo&where[id][equals]=${film.id}`)
    const row = page.locator('tbody tr').first()
    await expect(row.getByRole('link', { name: /Signal Over the Mekong/ })).toBeVisible()
    await expect(row.getByTestId('untranslated-mark')).toHaveText('ຍັງບໍ່ໄດ້ແປ')
    await expect(page.getByText(/<ບໍ່ມີ|<No /)).toHaveCount(0)
  })

  test('translation view: a missing Lao tagline filled, the count, the next film and /lo follow', async ({
    page,
    request,
  }) => {
    const weaver = await createFilm(request, {
      title: 'The Weaver of Sam Neua',
      tagline: 'Every thread remembers.',
    })
    await request.patch(`/api/movies/${weaver.id}?locale=lo`, {
      headers: auth,
      data: { title: 'ຊ່າງທໍແຫ່ງຊຳເໜືອ', _status: 'published' },
    })
    const other = await createFilm(request, { title: 'Monsoon Radio Hour', tagline: 'Tune in at dusk.' })

    await logInToAdmin(page, editor)
    await expect(page.getByTestId('nav-translate')).toHaveText('ແປເປັນພາສາລາວ')
    await page.goto(`/admin/translate?collection=movies&id=${weaver.id}`)
    const count = page.getByTestId('translation-count')
    await expect(count).toHaveText('ແປແລ້ວ 1 ຈາກ 2')
    await expect(page.getByTestId('translation-row-tagline')).toContainText('Every thread remembers.')

    await page.getByLabel('ຄຳຂວັນ').fill('ທຸກເສັ້ນໄໝຈື່ຈຳ')
    await page.getByRole('button', { name: 'ບັນທຶກພາສາລາວ' }).click()
    await expect(page.getByTestId('translation-status')).toHaveText('ບັນທຶກພາສາລາວແລ້ວ.')
    await expect(count).toHaveText('ແປແລ້ວ 2 ຈາກ 2')

    // Saving Lao never changes English.
    const english = await (await request.get(`/api/movies/${weaver.id}?locale=en&depth=0`, { headers: auth })).json()
    expect(english.tagline).toBe('Every thread remembers.')
    expect(english.title).toBe('The Weaver of Sam Neua')
    expect(english.needsLao).toBe(false)

    await page.getByTestId('next-untranslated').click()
    await expect(page).toHaveURL(new RegExp(`collection=movies&id=${other.id}$`))
    await expect(page.getByTestId('translation-row-title')).toContainText('Monsoon Radio Hour')

    await expect
      .poll(async () => (await request.get(`/lo/movies/${weaver.slug}`)).text(), { timeout: 10_000 })
      .toContain('ທຸກເສັ້ນໄໝຈື່ຈຳ')
  })
})
