import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { sampleFilmSlug } from './rentFilm'

const phone = { width: 390, height: 844 }

async function box(locator: Locator) {
  const found = await locator.boundingBox()
  if (!found) throw new Error(`${locator} has no box`)
  return found
}

/** The header's visible items: brand, browse link, search form, account link, language switcher. */
async function headerItems(page: Page) {
  const items = page.locator('.site-header > *')
  const boxes = []
  for (const item of await items.all()) if (await item.isVisible()) boxes.push(await box(item))
  return boxes
}

for (const locale of ['lo', 'en'] as const) {
  test(`on a 390 px phone the header fits in one row, every control a comfortable target (${locale})`, async ({
    page,
  }) => {
    await page.setViewportSize(phone)
    for (const path of [`/${locale}`, `/${locale}/movies/${sampleFilmSlug}`]) {
      await page.goto(path)
      const header = await box(page.locator('.site-header'))
      expect(header.height, path).toBeLessThanOrEqual(64)
      const items = await headerItems(page)
      expect(items.length, path).toBe(5)
      for (const item of items) {
        // One row: every item lies across the same middle line, inside the screen.
        expect(item.y, path).toBeLessThan(header.y + header.height / 2)
        expect(item.y + item.height, path).toBeGreaterThan(header.y + header.height / 2)
        expect(item.x + item.width, path).toBeLessThanOrEqual(phone.width)
      }
      for (const control of await page.locator('.site-header').locator('a:visible, button:visible, input').all()) {
        const target = await box(control)
        expect(
          Math.min(target.width, target.height),
          `${path}: ${await control.evaluate((e) => e.outerHTML)}`,
        ).toBeGreaterThanOrEqual(24)
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width)
    }
  })
}

test('the Rent and watchlist buttons stand apart, on a phone and on a wide screen', async ({ page }) => {
  for (const viewport of [phone, { width: 1280, height: 800 }]) {
    await page.setViewportSize(viewport)
    await page.goto(`/en/movies/${sampleFilmSlug}`)
    const rent = await box(page.getByTestId('rent-panel').getByRole('button'))
    const watchlist = await box(page.getByTestId('watchlist-button'))
    const apart = Math.max(
      watchlist.x - (rent.x + rent.width),
      rent.x - (watchlist.x + watchlist.width),
      watchlist.y - (rent.y + rent.height),
      rent.y - (watchlist.y + watchlist.height),
    )
    expect(apart, `${viewport.width} px`).toBeGreaterThanOrEqual(8)
  }
})
