import { expect, test } from './fixtures'

/** Acceptance 2 of issue 18: the API reference renders from our own origin alone. */
test('/api/docs renders the OpenAPI reference with no request to any other origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin
  const requested: string[] = []
  page.on('request', (request) => requested.push(request.url()))
  const violations: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') violations.push(message.text())
  })

  const response = await page.goto('/api/docs')
  expect(response?.status()).toBe(200)
  const csp = response!.headers()['content-security-policy'] ?? ''
  expect(csp).toContain("script-src 'self';")
  expect(csp).not.toContain('unsafe-eval')
  expect(csp).toContain("connect-src 'self';")

  await expect(page.locator('.swagger-ui .info .title')).toContainText('Lao Cinema API')
  await expect(page.getByText('/api/payments/checkout').first()).toBeVisible()
  await expect(page.getByText('/api/movies/{id}').first()).toBeVisible()
  // Opening an operation shows its schemas, taken from the code.
  await page.getByText('/api/rentals/status').first().click()
  await expect(page.getByRole('row', { name: /^movie \*required/ })).toBeVisible()

  expect(requested.some((url) => url.endsWith('/api/openapi.json'))).toBe(true)
  const elsewhere = requested.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'))
  expect(elsewhere).toEqual([])
  expect(violations.filter((text) => /Content Security Policy/i.test(text))).toEqual([])
})

test('the OpenAPI document and the GraphQL schema are downloadable', async ({ request }) => {
  const openapi = await request.get('/api/openapi.json')
  expect(openapi.status()).toBe(200)
  const document = await openapi.json()
  expect(document.openapi).toBe('3.1.0')
  expect(document.paths['/api/payments/checkout'].post).toBeDefined()

  const schema = await request.get('/api/graphql/schema')
  expect(schema.status()).toBe(200)
  const sdl = await schema.text()
  expect(sdl).toContain('type Movie ')
  expect(sdl).toContain('Movies(')
})

test('an unknown docs file is a 404 in the one error shape', async ({ request }) => {
  const missing = await request.get('/api/docs/..%2Fpackage.json')
  expect(missing.status()).toBe(404)
  expect((await missing.json()).errors[0].message).toEqual(expect.any(String))
})
