import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** What the seeded catalogue shows, per locale. */
const expected = {
  en: {
    featured: [
      'The River Between Us',
      'Signal from Phonsavan',
      'Under the Frangipani',
      'Morning Market',
      'Spirit of the Rice Field',
    ],
    signal: 'Signal from Phonsavan',
    rocket: 'Rocket Festival',
    frangipani: 'Under the Frangipani',
    comedy: 'Comedy',
    untranslated: 'Night Bus to Pakse',
    river: 'The River Between Us',
    minutes: '104 min',
    genres: ['Drama', 'Romance'],
    actor: 'Khamla Inthavong',
    character: 'as Manivanh',
    noResults: /No films match your search/,
    apply: 'Apply',
    genre: 'Genre',
    year: 'Year',
    filmography: 'Filmography',
    other: 'ລາວ',
  },
  lo: {
    featured: ['ແມ່ນ້ຳລະຫວ່າງເຮົາ', 'ສັນຍານຈາກໂພນສະຫວັນ', 'ໃຕ້ຕົ້ນດອກຈຳປາ', 'ຕະຫຼາດເຊົ້າ', 'ຜີນາ'],
    signal: 'ສັນຍານຈາກໂພນສະຫວັນ',
    rocket: 'ບຸນບັ້ງໄຟ',
    frangipani: 'ໃຕ້ຕົ້ນດອກຈຳປາ',
    comedy: 'ຕະຫຼົກ',
    untranslated: 'Night Bus to Pakse',
    river: 'ແມ່ນ້ຳລະຫວ່າງເຮົາ',
    minutes: '104 ນາທີ',
    genres: ['ລະຄອນ', 'ໂຣແມນຕິກ'],
    actor: 'ຄຳຫຼ້າ ອິນທະວົງ',
    character: 'ສະແດງເປັນ ມະນີວັນ',
    noResults: /ບໍ່ພົບຮູບເງົາ/,
    apply: 'ນຳໃຊ້',
    genre: 'ປະເພດ',
    year: 'ປີ',
    filmography: 'ຜົນງານ',
    other: 'English',
  },
} as const

const cardTitles = (page: Page, scope = page.locator('body')) => scope.getByTestId('film-card').getByRole('heading')

for (const locale of ['en', 'lo'] as const) {
  const e = expected[locale]
  test.describe(`the public site in ${locale}`, () => {
    test('home shows the featured films in the editors’ order', async ({ page }) => {
      await page.goto(`/${locale}`)
      await expect(page.locator('html')).toHaveAttribute('lang', locale)
      await expect(cardTitles(page, page.getByTestId('featured-row'))).toHaveText([...e.featured])
      await expect(page.getByRole('heading', { level: 2, name: e.featured[0] })).toBeVisible()
    })

    test('browse filters by genre and year, without JavaScript-only controls', async ({ page }) => {
      await page.goto(`/${locale}/movies`)
      await expect(cardTitles(page).filter({ hasText: e.untranslated })).toHaveCount(1)
      await page.getByLabel(e.genre).selectOption({ label: e.comedy })
      await page.getByLabel(e.year).selectOption('2015')
      await page.getByRole('button', { name: e.apply }).click()
      await expect(page).toHaveURL(/genre=comedy/)
      await expect(page).toHaveURL(/year=2015/)
      await expect(cardTitles(page)).toHaveText([e.rocket])
    })

    test('the filters leave a clean address, only what was chosen, with or without JavaScript', async ({ browser }) => {
      for (const javaScriptEnabled of [true, false]) {
        const context = await browser.newContext({ javaScriptEnabled })
        const page = await context.newPage()
        await page.goto(`/${locale}/movies`)
        await page.getByLabel(e.genre).selectOption({ label: e.comedy })
        await page.getByRole('button', { name: e.apply }).click()
        await expect(page).toHaveURL(new RegExp(`/${locale}/movies\\?genre=comedy$`))
        await expect(cardTitles(page).filter({ hasText: e.rocket })).toHaveCount(1)
        // An empty search from the header is the browse page itself.
        await page.getByRole('searchbox').press('Enter')
        await expect(page).toHaveURL(new RegExp(`/${locale}/movies$`))
        await context.close()
      }
    })

    test('search finds a Lao word inside a longer title, an English cast name, and says when nothing matches', async ({
      page,
    }) => {
      await page.goto(`/${locale}`)
      await page.getByRole('searchbox').fill('ສັນຍານ')
      await page.getByRole('searchbox').press('Enter')
      await expect(page).toHaveURL(/\/movies\?q=/)
      await expect(cardTitles(page)).toHaveText([e.signal])

      await page.goto(`/${locale}/movies?q=Khamla`)
      await expect(cardTitles(page).filter({ hasText: e.river })).toHaveCount(1)

      // Search and a filter together: only the matches in that genre.
      await page.goto(`/${locale}/movies?q=Khamla&genre=history`)
      await expect(cardTitles(page)).toHaveText([e.frangipani])

      await page.goto(`/${locale}/movies?q=qzxwvk`)
      await expect(page.getByText(e.noResults)).toBeVisible()
      await expect(page.getByTestId('film-card')).toHaveCount(0)
    })

    test('on a search’s results the search box searches as the viewer types, without loading a page', async ({
      page,
    }) => {
      await page.goto(`/${locale}/movies?q=Khamla`)
      const box = page.getByRole('searchbox')
      await expect(box).toHaveValue('Khamla')
      await page.evaluate(() => Object.assign(window, { samePage: true }))
      const answered = page.waitForResponse((response) => response.url().includes('/api/movies/search?'))
      await box.fill('ສັນຍານ')
      expect((await answered).status()).toBe(200)
      await expect(page.getByRole('heading', { level: 1 })).toContainText('ສັນຍານ')
      await expect(cardTitles(page)).toHaveText([e.signal])
      await expect(page).toHaveURL(new RegExp(`/${locale}/movies\\?q=${encodeURIComponent('ສັນຍານ')}$`))
      await box.fill('qzxwvk')
      await expect(page.getByText(e.noResults)).toBeVisible()
      expect(await page.evaluate(() => 'samePage' in window)).toBe(true)
      // The address it left is the server's page for the same search.
      await page.reload()
      await expect(page.getByText(e.noResults)).toBeVisible()
      await expect(page.getByTestId('film-card')).toHaveCount(0)
    })

    test('a film page shows year, runtime, genres and cast; a cast member’s page lists the film', async ({ page }) => {
      await page.goto(`/${locale}/movies/the-river-between-us`)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(e.river)
      await expect(page.getByTestId('film-facts')).toContainText('2019')
      await expect(page.getByTestId('film-facts')).toContainText(e.minutes)
      for (const genre of e.genres) await expect(page.getByRole('link', { name: genre, exact: true })).toBeVisible()
      const cast = page.getByTestId('cast')
      await expect(cast).toContainText(e.character)
      await cast.getByRole('link', { name: e.actor }).click()
      await expect(page).toHaveURL(new RegExp(`/${locale}/people/\\d+`))
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(e.actor)
      await expect(cardTitles(page, page.getByTestId('filmography')).filter({ hasText: e.river })).toHaveCount(1)
    })

    test('the language switcher moves to the same page in the other language', async ({ page }) => {
      const other = locale === 'en' ? 'lo' : 'en'
      await page.goto(`/${locale}/movies/the-river-between-us`)
      await page.getByRole('link', { name: e.other, exact: true }).click()
      await expect(page).toHaveURL(new RegExp(`/${other}/movies/the-river-between-us$`))
      await page.goto(`/${locale}/movies?q=Khamla`)
      await page.getByRole('link', { name: e.other, exact: true }).click()
      await expect(page).toHaveURL(new RegExp(`/${other}/movies\\?q=Khamla`))
    })

    test('an unknown film is a localized 404', async ({ page }) => {
      const response = await page.goto(`/${locale}/movies/no-such-film`)
      expect(response?.status()).toBe(404)
      const heading = locale === 'lo' ? 'ບໍ່ພົບໜ້ານີ້' : 'Page not found'
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
    })

    test('axe finds no serious or critical problem on home, browse, film and person pages', async ({ page }) => {
      await page.goto(`/${locale}/movies/the-river-between-us`)
      const personPath = new URL(
        await page
          .getByTestId('cast')
          .getByRole('link')
          .first()
          .evaluate((a: HTMLAnchorElement) => a.href),
      ).pathname
      for (const path of [`/${locale}`, `/${locale}/movies`, `/${locale}/movies/the-river-between-us`, personPath]) {
        await page.goto(path)
        const { violations } = await new AxeBuilder({ page }).analyze()
        const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
        expect(serious.map((v) => `${path}: ${v.id} (${v.nodes.length})`)).toEqual([])
      }
    })
  })
}

test('the Lao pages’ chrome has no English left in it', async ({ page }) => {
  for (const path of ['/lo', '/lo/movies', '/lo/movies/the-river-between-us']) {
    await page.goto(path)
    // The switcher names English in English on purpose; film titles are content, not chrome.
    const header = (await page.locator('header').innerText()).replace('English', '')
    expect(header, path).not.toMatch(/[A-Za-z]/)
    const placeholder = await page.getByRole('searchbox').getAttribute('placeholder')
    expect(placeholder).not.toMatch(/[A-Za-z]/)
  }
  await page.goto('/lo/movies')
  expect(await page.locator('form.filters').innerText()).not.toMatch(/[A-Za-z]/)
})
