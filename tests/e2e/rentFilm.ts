import { expect, type BrowserContext, type Page } from '@playwright/test'

/** The film with the committed sample ladder and subtitles (src/seed/catalogue.ts). */
export const sampleFilmSlug = 'the-river-between-us'

export async function movieIdOf(page: Page, slug: string): Promise<number> {
  const { docs } = await (await page.request.get(`/api/movies?where[slug][equals]=${slug}&depth=0`)).json()
  return docs[0].id
}

/** Rents a film in this browser as the payment dialog does: checkout, then the demo provider's page pays. */
export async function rentFilm(context: BrowserContext, slug: string): Promise<number> {
  const page = await context.newPage()
  const movieId = await movieIdOf(page, slug)
  const checkout = await page.request.post('/api/payments/checkout', { data: { movie: movieId, locale: 'en' } })
  expect(checkout.status()).toBe(201)
  const { checkout: where } = await checkout.json()
  await page.goto(where.url)
  await page.getByRole('button', { name: 'Simulate payment' }).click()
  await expect(page.getByRole('status')).toBeVisible()
  await page.close()
  return movieId
}
