import { cacheFolderSize } from '../../scripts/lib/cacheFolderSize'
import { expect, test } from './fixtures'

// The e2e server runs `next start` in this directory, so its cache folders are ours to measure
// (Next 16 keeps cached pages under .next/server/route-cache). Before this change, one search cost
// about 55 KB and 7 files there, and so did a made-up filter (its 404 page was cached too).
const searches = 300
const allowedGrowthBytes = 64 * 1024

test(`${searches} distinct searches and made-up filters leave the server's cache folders as they were`, async ({
  request,
}) => {
  test.setTimeout(180_000)
  // Anything a first search caches once (the genre and year lists) is cached before measuring.
  for (const locale of ['en', 'lo']) expect((await request.get(`/${locale}/movies?q=warm-up`)).status()).toBe(200)
  const before = cacheFolderSize()

  for (let i = 0; i < searches; i++) {
    const locale = i % 2 ? 'en' : 'lo'
    const response = await request.get(`/${locale}/movies?q=${encodeURIComponent(`no such film ${i}`)}`)
    expect(response.status()).toBe(200)
  }
  // Filters that name nothing are 404s, and not kept either.
  for (let i = 0; i < 50; i++) {
    expect((await request.get(`/en/movies?genre=made-up-${i}`)).status()).toBe(404)
    expect((await request.get(`/en/movies?year=${1900 + i}`)).status()).toBe(404)
    expect((await request.get(`/en/movies?page=${100 + i}`)).status()).toBe(404)
  }

  const after = cacheFolderSize()
  expect(
    after.bytes - before.bytes,
    `grew from ${before.bytes} bytes in ${before.files} files to ${after.bytes} in ${after.files}`,
  ).toBeLessThan(allowedGrowthBytes)
})

test('a search still finds its films and a filter page still lists its films', async ({ page }) => {
  await page.goto('/en/movies?q=Khamla&genre=history')
  await expect(page.getByTestId('film-card')).toHaveCount(1)
  await page.goto('/en/movies?genre=comedy&year=2015')
  await expect(page.getByTestId('film-card')).toHaveCount(1)
})
