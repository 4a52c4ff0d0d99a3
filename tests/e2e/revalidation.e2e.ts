import { readFileSync } from 'node:fs'
import { adminCredentialsFile, logInToAdmin } from './credentials'
import { expect, test } from './fixtures'

test('an editor’s published Lao title shows on the cached film page within 5 seconds', async ({ page, request }) => {
  const path = '/lo/movies/morning-market'
  await page.goto(path)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ຕະຫຼາດເຊົ້າ')
  // A second visit is served from the page cache.
  await page.reload()

  const { email, password } = JSON.parse(readFileSync(adminCredentialsFile, 'utf8'))
  const { docs } = await (await request.get('/api/movies?where[slug][equals]=morning-market&depth=0')).json()
  await logInToAdmin(page, { email, password })
  await expect(page).toHaveURL(/\/admin\/?$/)
  await page.goto(`/admin/collections/movies/${docs[0].id}?locale=lo`)
  await page.locator('#field-title').fill('ຕະຫຼາດເຊົ້າ ສະບັບໃໝ່')
  await page.getByRole('button', { name: 'Publish changes' }).click()
  await expect(page.getByText(/published successfully|updated successfully/i).first()).toBeVisible()
  const published = Date.now()

  await expect
    .poll(
      async () => {
        const html = await (await request.get(path)).text()
        return html.includes('ຕະຫຼາດເຊົ້າ ສະບັບໃໝ່')
      },
      { timeout: 5_000, intervals: [250] },
    )
    .toBe(true)
  expect(Date.now() - published).toBeLessThan(5_000)

  // Leave the catalogue as the other tests expect it.
  const { token } = await (await request.post('/api/users/login', { data: { email, password } })).json()
  const restored = await request.patch(`/api/movies/${docs[0].id}?locale=lo`, {
    data: { title: 'ຕະຫຼາດເຊົ້າ' },
    headers: { Authorization: `JWT ${token}` },
  })
  expect(restored.status()).toBe(200)
})
