import { expect, test } from './fixtures'
import { giveSampleVideo } from './sampleVideo'

test('a signed-in viewer sees their own continue-watching and rentals rows, and nobody else does', async ({
  browser,
  request,
}) => {
  const { docs } = await (
    await request.get('/api/movies?where[slug][in]=monsoon-letters,elephant-road&depth=0&sort=slug')
  ).json()
  const [elephantRoad, monsoonLetters] = docs
  await giveSampleVideo('elephant-road')

  const viewer = await browser.newContext()
  const password = 'ສັນຍານ-viewer-password'
  const email = `rows-${Date.now()}@e2e.test`
  expect((await viewer.request.post('/api/users', { data: { email, password } })).status()).toBe(201)
  expect((await viewer.request.post('/api/users/login', { data: { email, password } })).ok()).toBe(true)
  // The viewer's own progress, through the API as the viewer.
  expect(
    (
      await viewer.request.post('/api/watch-progress', {
        data: { movie: monsoonLetters.id, progressSeconds: 600, durationSeconds: 6000 },
      })
    ).status(),
  ).toBe(201)
  // The rental, paid the way every rental is: checkout, then the provider's page.
  const checkout = await viewer.request.post('/api/payments/checkout', {
    data: { movie: elephantRoad.id, locale: 'lo' },
  })
  expect(checkout.status()).toBe(201)
  const provider = await viewer.newPage()
  await provider.goto((await checkout.json()).checkout.url)
  await provider.getByRole('button', { name: 'ຈຳລອງການຊຳລະເງິນ' }).click()
  await expect(provider.getByRole('status')).toBeVisible()

  const page = await viewer.newPage()
  await page.goto('/lo')
  await expect(page.getByTestId('continue-watching').getByRole('heading', { name: 'ຈົດໝາຍລະດູຝົນ' })).toBeVisible()
  await expect(page.getByTestId('my-rentals').getByRole('heading', { name: 'ເສັ້ນທາງຊ້າງ' })).toBeVisible()
  await expect(page.getByTestId('my-rentals')).toContainText('ເຊົ່າແລ້ວ — ເຫຼືອ 23 ຊົ່ວໂມງ')

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
