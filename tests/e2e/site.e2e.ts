import { expect, test } from './fixtures'

test.describe('language negotiation', () => {
  test('/ sends Lao and Thai readers to /lo and everyone else to /en', async ({ browser }) => {
    for (const [locale, expected] of [
      ['lo-LA', '/lo'],
      ['th-TH', '/lo'],
      ['en-US', '/en'],
      ['fr-FR', '/en'],
    ] as const) {
      const context = await browser.newContext({ locale })
      const page = await context.newPage()
      await page.goto('/')
      expect(new URL(page.url()).pathname, locale).toBe(expected)
      await context.close()
    }
  })

  test('an unknown locale is a 404', async ({ page }) => {
    const response = await page.goto('/fr')
    expect(response?.status()).toBe(404)
  })

  test('/lo renders in the bundled Lao font', async ({ page }) => {
    await page.goto('/lo')
    await expect(page.locator('html')).toHaveAttribute('lang', 'lo')
    const laoFontLoaded = await page.evaluate(async () => {
      await document.fonts.ready
      return document.fonts.check('16px "Noto Sans Lao"', 'ສັນຍານ')
    })
    expect(laoFontLoaded).toBe(true)
  })
})
