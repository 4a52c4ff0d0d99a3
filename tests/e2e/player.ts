import { expect, type Page } from '@playwright/test'
import { sampleFilmSlug } from './rentFilm'

/** Opens the sample film's watch page and waits until Vidstack can play it. */
export async function readyPlayer(page: Page, locale: 'en' | 'lo' = 'en') {
  await page.goto(`/${locale}/movies/${sampleFilmSlug}/watch`)
  await expect(page.locator('[data-media-player][data-can-play]')).toHaveCount(1, { timeout: 15_000 })
}

/**
 * Opens Settings › `submenu` (or only Settings). Vidstack hides its controls while playing until
 * the pointer moves over the player. `settingsLabel`: the button's name in the page's language.
 */
export async function openSettings(page: Page, submenu: string | null, settingsLabel = 'Settings') {
  const settings = page.locator(`button[aria-label="${settingsLabel}"]`)
  const box = (await page.locator('video').boundingBox())!
  await expect(async () => {
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await page.mouse.move(box.x + box.width / 3, box.y + box.height / 3, { steps: 4 })
    if ((await settings.getAttribute('aria-expanded')) === 'true') await settings.click({ force: true })
    await settings.click({ force: true })
    await expect(settings).toHaveAttribute('aria-expanded', 'true', { timeout: 1000 })
  }).toPass({ timeout: 10_000 })
  if (submenu) await page.getByRole('menuitem', { name: submenu }).click()
}

/** The rung (e.g. "360p") of every video segment the page asks for, in order, as it plays. */
export function recordSegmentVariants(page: Page): string[] {
  const variants: string[] = []
  page.on('request', (request) => {
    const variant = /\/stream\/(\d+p)\/segment_\d+\.ts/.exec(request.url())?.[1]
    if (variant) variants.push(variant)
  })
  return variants
}
