import { expect, test } from './fixtures'

/**
 * Issue 15, a lighter home page: the genre rows below the fold come with their headings and links in
 * the HTML, and their cards load when they come into view.
 */
test('home’s lower genre rows load their cards on view, not in the HTML', async ({ page, request }) => {
  const html = await (await request.get('/lo')).text()
  const later = page.getByTestId('genre-rows-on-view')
  await page.goto('/lo')
  const headings = later.getByRole('heading', { level: 2 })
  const count = await headings.count()
  expect(count).toBeGreaterThan(0)
  // Each lower row's heading is in the HTML, and its genre page link with it; no card of it is.
  const firstLater = (await headings.first().textContent())!
  expect(html).toContain(firstLater)
  const laterHtml = html.slice(html.indexOf('data-testid="genre-rows-on-view"'))
  expect(laterHtml).not.toContain('data-testid="film-card"')

  await later.scrollIntoViewIfNeeded()
  const rows = later.locator('section')
  for (let i = 0; i < count; i++) await expect(rows.nth(i).getByTestId('film-card').first()).toBeVisible()
  // A row's cards are films of that genre: the first opens a film page in Lao.
  await rows.first().getByTestId('film-card').first().getByRole('link').click()
  await expect(page).toHaveURL(/\/lo\/movies\/[a-z0-9-]+$/)
})

test('the rows endpoint refuses a locale it does not know, naming the field', async ({ request }) => {
  const refused = await request.get('/api/movies/home-rows?locale=xx')
  expect(refused.status()).toBe(400)
  expect((await refused.json()).errors[0].field).toBe('locale')
  const rows = await (await request.get('/api/movies/home-rows?locale=lo')).json()
  expect(rows.length).toBeGreaterThan(0)
  expect(rows[0].name).toMatch(/[\u0E80-\u0EFF]/)
  expect(rows[0].films.length).toBeGreaterThan(0)
})
