import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { fill, messages } from './messages'
import { rentFilm, sampleFilmSlug } from './rentFilm'

const locales = ['en', 'lo'] as const
const laoScript = /[\u0E80-\u0EFF]/

/** Logs this page's browser in with a fresh account, through the REST API the forms use. */
async function logInNewAccount(page: Page) {
  const email = `titles-${Date.now()}@e2e.test`
  const password = 'ສັນຍານ-e2e-password-1'
  expect((await page.request.post('/api/users', { data: { email, password } })).status()).toBe(201)
  expect((await page.request.post('/api/users/login', { data: { email, password } })).status()).toBe(200)
}

test('every page has its own title, in its language', async ({ page }) => {
  await logInNewAccount(page)
  const titles: Record<string, Record<string, string>> = { en: {}, lo: {} }
  for (const locale of locales) {
    const t = messages(locale)
    const paths: Record<string, string> = {
      home: `/${locale}`,
      browse: `/${locale}/movies`,
      film: `/${locale}/movies/${sampleFilmSlug}`,
      login: `/${locale}/login`,
      signup: `/${locale}/signup`,
      forgot: `/${locale}/forgot-password`,
      reset: `/${locale}/reset-password`,
      profile: `/${locale}/profile`,
      notFound: `/${locale}/movies/no-such-film`,
    }
    for (const [name, path] of Object.entries(paths)) {
      await page.goto(path)
      titles[locale]![name] = await page.title()
    }
    const own = (title: string) => `${title} · ${t.site.name}`
    expect(titles[locale]).toMatchObject({
      home: t.site.name,
      browse: own(t.browse.title),
      login: own(t.account.logIn),
      signup: own(t.account.signUp),
      forgot: own(t.account.forgotTitle),
      reset: own(t.account.resetTitle),
      profile: own(t.account.profile),
      notFound: own(t.notFound.title),
    })
    const all = Object.values(titles[locale]!)
    expect(new Set(all).size, all.join(' | ')).toBe(all.length)
  }
  for (const [name, title] of Object.entries(titles.lo!)) {
    expect(title, name).toMatch(laoScript)
    expect(title, name).not.toBe(titles.en![name])
  }
})

test('the 404 page’s home link keeps the reader’s language, whatever the browser’s', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-US' })
  const page = await context.newPage()
  const response = await page.goto('/lo/movies/no-such-film')
  expect(response?.status()).toBe(404)
  await page.getByRole('link', { name: messages('lo').notFound.home }).click()
  await expect(page).toHaveURL(/\/lo$/)
  await page.goto('/en/people/999999')
  expect(await page.title()).toBe(`${messages('en').notFound.title} · ${messages('en').site.name}`)
  await page.getByRole('link', { name: messages('en').notFound.home }).click()
  await expect(page).toHaveURL(/\/en$/)
  await context.close()
})

test('on /lo, the poster, the photo and the player are named in Lao; axe finds the languages declared', async ({
  page,
  context,
}) => {
  const lo = messages('lo')
  const langRulesClean = async () => {
    const { violations } = await new AxeBuilder({ page })
      .withRules(['html-has-lang', 'html-lang-valid', 'valid-lang'])
      .analyze()
    expect(violations.map((v) => `${page.url()}: ${v.id}`)).toEqual([])
  }
  await page.goto('/lo')
  await langRulesClean()

  await page.goto(`/lo/movies/${sampleFilmSlug}`)
  const title = await page.getByRole('heading', { level: 1 }).innerText()
  expect(title).toMatch(laoScript)
  await expect(page.locator('img.film-poster')).toHaveAttribute('alt', fill(lo.film.posterAlt, { title }))
  await langRulesClean()

  await page.getByTestId('cast').getByRole('link').first().click()
  await expect(page).toHaveURL(/\/lo\/people\/\d+$/)
  const name = await page.getByRole('heading', { level: 1 }).innerText()
  await expect(page.locator('img.person-photo')).toHaveAttribute('alt', fill(lo.person.photoAlt, { name }))
  await langRulesClean()

  await rentFilm(context, sampleFilmSlug)
  await page.goto(`/lo/movies/${sampleFilmSlug}/watch`)
  await expect(page.getByTestId('player')).toHaveAttribute('aria-label', fill(lo.player.accessibleName, { title }))
  await langRulesClean()
})

for (const locale of locales) {
  test(`the search box says the same thing in its label and its placeholder (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}`)
    const label = messages(locale).search.label
    const box = page.getByRole('searchbox')
    await expect(box).toHaveAccessibleName(label)
    await expect(box).toHaveAttribute('placeholder', label)
  })

  test(`the home page is headed by a visible title of its own (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}`)
    const h1 = page.getByRole('heading', { level: 1 })
    await expect(h1).toHaveCount(1)
    await expect(h1).toHaveText(messages(locale).home.title)
    const box = await h1.boundingBox()
    expect(box?.width).toBeGreaterThan(100)
    expect(box?.height).toBeGreaterThan(16)
  })
}

test('a Lao tagline is upright (Lao has no italic); an English one stays italic', async ({ page }) => {
  const style = async (locale: string) => {
    await page.goto(`/${locale}/movies/${sampleFilmSlug}`)
    return page.locator('.tagline').evaluate((p) => getComputedStyle(p).fontStyle)
  }
  expect(await style('lo')).toBe('normal')
  expect(await style('en')).toBe('italic')
})
