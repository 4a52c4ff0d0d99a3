import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { adminCredentialsFile } from './credentials'

test('a signed-in viewer sees their own continue-watching and rentals rows, and nobody else does', async ({ browser, request }) => {
  const admin = JSON.parse(readFileSync(adminCredentialsFile, 'utf8'))
  const { token } = await (await request.post('/api/users/login', { data: admin })).json()
  const auth = { Authorization: `JWT ${token}` }
  const { docs } = await (await request.get('/api/movies?where[slug][in]=monsoon-letters,elephant-road&depth=0&sort=slug')).json()
  const [elephantRoad, monsoonLetters] = docs

  const viewer = await browser.newContext()
  const password = 'ສັນຍານ-viewer-password'
  const email = `rows-${Date.now()}@e2e.test`
  expect((await viewer.request.post('/api/users', { data: { email, password } })).status()).toBe(201)
  const login = await viewer.request.post('/api/users/login', { data: { email, password } })
  const me = (await login.json()).user
  // The viewer's own progress, through the API as the viewer; the rental, as the server would write it.
  expect((await viewer.request.post('/api/watch-progress', { data: { movie: monsoonLetters.id, progressSeconds: 600, durationSeconds: 6000 } })).status()).toBe(201)
  const rental = await request.post('/api/rentals', {
    headers: auth,
    data: {
      user: me.id,
      movie: elephantRoad.id,
      startsAt: new Date().toISOString(),
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      payment: { provider: 'demo', reference: `e2e-${Date.now()}`, amountLak: 12000 },
    },
  })
  expect(rental.status()).toBe(201)

  const page = await viewer.newPage()
  await page.goto('/lo')
  await expect(page.getByTestId('continue-watching').getByRole('heading', { name: 'ຈົດໝາຍລະດູຝົນ' })).toBeVisible()
  await expect(page.getByTestId('my-rentals').getByRole('heading', { name: 'ເສັ້ນທາງຊ້າງ' })).toBeVisible()

  // The same cached page, for an anonymous visitor and for another viewer: no rows of anyone's.
  const stranger = await browser.newContext()
  const strangerPage = await stranger.newPage()
  await strangerPage.goto('/lo')
  await expect(strangerPage.getByTestId('featured-row')).toBeVisible()
  await expect(strangerPage.getByTestId('continue-watching')).toHaveCount(0)
  await expect(strangerPage.getByTestId('my-rentals')).toHaveCount(0)
  await viewer.close()
  await stranger.close()
})
