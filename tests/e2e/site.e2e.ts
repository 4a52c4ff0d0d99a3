import { expect, test } from '@playwright/test'

test.describe('the public site', () => {
  test('/ sends Lao and Thai readers to /lo and everyone else to /en', async ({ browser }) => {
    for (const [locale, expected] of [['lo-LA', '/lo'], ['th-TH', '/lo'], ['en-US', '/en'], ['fr-FR', '/en']] as const) {
      const context = await browser.newContext({ locale })
      const page = await context.newPage()
      await page.goto('/')
      expect(new URL(page.url()).pathname, locale).toBe(expected)
      await context.close()
    }
  })

  test('/en lists the published films with English titles', async ({ page, request }) => {
    const published = (await (await request.get('/api/movies?limit=0&depth=0')).json()).totalDocs
    expect(published).toBeGreaterThanOrEqual(14)
    await page.goto('/en')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('All films')
    const titles = page.getByTestId('film-card').getByRole('heading')
    await expect(titles).toHaveCount(published)
    await expect(titles.filter({ hasText: 'Signal from Phonsavan' })).toHaveCount(1)
    await expect(page.getByText('Harvest Moon')).toHaveCount(0)
  })

  test('/lo lists Lao titles, English for untranslated films, in the bundled Lao font', async ({ page }) => {
    await page.goto('/lo')
    await expect(page.locator('html')).toHaveAttribute('lang', 'lo')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ຮູບເງົາທັງໝົດ')
    const titles = page.getByTestId('film-card').getByRole('heading')
    await expect(titles.filter({ hasText: 'ສັນຍານຈາກໂພນສະຫວັນ' })).toHaveCount(1)
    await expect(titles.filter({ hasText: 'Night Bus to Pakse' })).toHaveCount(1)
    await expect(page.getByText('Signal from Phonsavan')).toHaveCount(0)
    const laoFontLoaded = await page.evaluate(async () => {
      await document.fonts.ready
      return document.fonts.check('16px "Noto Sans Lao"', 'ສັນຍານ')
    })
    expect(laoFontLoaded).toBe(true)
    const posters = page.getByTestId('film-card').locator('img')
    await expect(posters.first()).toHaveJSProperty('complete', true)
    expect(await posters.first().evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
  })

  test('an unknown locale is a 404', async ({ page }) => {
    const response = await page.goto('/fr')
    expect(response?.status()).toBe(404)
  })
})
