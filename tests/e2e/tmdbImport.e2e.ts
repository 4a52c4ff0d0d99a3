import { readFileSync } from 'node:fs'
import { adminCredentialsFile, e2eTmdbFilm, logInToAdmin } from './credentials'
import { expect, test } from './fixtures'

test('an editor imports a film from TMDB by URL, translates its title into Lao and publishes it', async ({
  page,
  request,
}) => {
  // The admin (the seed's printed login) makes an editor account for the test.
  const admin = JSON.parse(readFileSync(adminCredentialsFile, 'utf8'))
  const login = await request.post('/api/users/login', { data: admin })
  const { token } = await login.json()
  const editor = { email: `editor-${Date.now()}@e2e.test`, password: 'ສັນຍານ-editor-password' }
  const created = await request.post('/api/users', {
    data: { ...editor, role: 'editor' },
    headers: { Authorization: `JWT ${token}` },
  })
  expect(created.status()).toBe(201)
  expect((await created.json()).doc.role).toBe('editor')

  await logInToAdmin(page, editor)
  await expect(page).toHaveURL(/\/admin\/?$/)

  await page.goto('/admin/collections/movies')
  await page.getByText('Import from TMDB').click()
  await page
    .getByLabel('TMDB id or address of one film')
    .fill(`https://www.themoviedb.org/movie/${e2eTmdbFilm.id}-the-long-walk-home`)
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/movies\/\d+/, { timeout: 30_000 })
  await expect(page.locator('#field-title')).toHaveValue(e2eTmdbFilm.title)

  // Switch the document to Lao and type the Lao title.
  await page.getByRole('button', { name: /Locale/ }).click()
  await page.getByRole('button', { name: 'ລາວ' }).click()
  await expect(page).toHaveURL(/locale=lo/)
  await page.locator('#field-title').fill('ເສັ້ນທາງກັບບ້ານ')
  await page.getByRole('button', { name: 'Publish changes' }).click()
  // A save runs every hook of the film (search index, needs-Lao mark, cache expiry): slow on a busy machine.
  const saved = page.getByText(/published successfully|updated successfully/i).first()
  await expect(saved).toBeVisible({ timeout: 15_000 })

  // The home page is cached; publishing expires it, and the next visits get the new film.
  await expect
    .poll(async () => (await request.get('/lo')).text(), { timeout: 5_000, intervals: [250] })
    .toContain('ເສັ້ນທາງກັບບ້ານ')
  await page.goto('/lo')
  await expect(page.getByTestId('film-card').getByRole('heading', { name: 'ເສັ້ນທາງກັບບ້ານ' }).first()).toBeVisible()
  await page.goto('/en')
  await expect(page.getByTestId('film-card').getByRole('heading', { name: e2eTmdbFilm.title }).first()).toBeVisible()
  await expect(page.getByText('ເສັ້ນທາງກັບບ້ານ')).toHaveCount(0)

  // A bulk import is a job: the production server only queues it, the worker runs it, and the
  // admin shows its progress to the end. Importing the film again brings it up to date.
  await page.goto('/admin/collections/movies')
  await page.getByText('Import from TMDB').click()
  await page.getByLabel('Many films: TMDB ids separated by spaces, commas or lines').fill(String(e2eTmdbFilm.id))
  await page.getByRole('button', { name: 'Import all' }).click()
  await expect(page.getByTestId('bulk-progress')).toContainText('1 of 1 · 0 created · 1 updated · 0 failed · done', {
    timeout: 30_000,
  })
})
