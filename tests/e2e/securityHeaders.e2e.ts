import type { APIResponse } from '@playwright/test'
import { expect, test } from './fixtures'

/** The e2e server is a production build, so HSTS is on too. */
function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers()
  const csp = headers['content-security-policy'] ?? ''
  const directives = new Map(
    csp.split(';').map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/)
      return [name, sources] as const
    }),
  )
  expect(directives.get('frame-ancestors'), what).toEqual(["'none'"])
  expect(directives.get('object-src'), what).toEqual(["'none'"])
  expect(directives.get('base-uri'), what).toEqual(["'self'"])
  expect(directives.get('form-action'), what).toEqual(["'self'"])
  expect(directives.get('script-src'), what).toContain("'self'")
  expect(directives.get('script-src'), what).not.toContain("'unsafe-eval'")
  expect(directives.get('default-src'), what).toEqual(["'self'"])
  expect(headers['x-frame-options'], what).toBe('DENY')
  // Once, even where a route sets it itself.
  expect(headers['x-content-type-options'], what).toBe('nosniff')
  expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin')
  expect(headers['permissions-policy'], what).toContain('camera=()')
  expect(headers['permissions-policy'], what).toContain('microphone=()')
  expect(headers['permissions-policy'], what).toContain('geolocation=()')
  expect(headers['permissions-policy'], what).toContain('fullscreen=(self)')
  expect(headers['strict-transport-security'], what).toBe('max-age=63072000; includeSubDomains')
}

test('the language redirect from / carries the security headers', async ({ request }) => {
  const response = await request.get('/', { maxRedirects: 0, headers: { 'Accept-Language': 'lo' } })
  expect(response.status()).toBe(307)
  expectSecurityHeaders(response, '/')
})

for (const path of [
  '/en',
  '/lo',
  '/en/movies/the-river-between-us',
  '/lo/movies?genre=comedy',
  '/en/movies?q=Khamla',
  '/api/movies',
  '/admin',
  '/admin/login',
]) {
  test(`${path} answers with the security headers`, async ({ request }) => {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    expectSecurityHeaders(response, path)
  })
}

test('a 404 and an API error carry them too', async ({ request }) => {
  const missing = await request.get('/en/movies/no-such-film')
  expect(missing.status()).toBe(404)
  expectSecurityHeaders(missing, 'a missing film')
  const unknown = await request.get('/api/movies/999999')
  expect(unknown.status()).toBe(404)
  expectSecurityHeaders(unknown, 'an unknown film in the API')
})

test('pages load with no Content-Security-Policy violation: home, browse, search, film, person, admin login', async ({
  page,
}) => {
  for (const path of ['/lo', '/en/movies', '/lo/movies?q=ສັນຍານ', '/en/movies/the-river-between-us', '/admin']) {
    await page.goto(path)
    await page.waitForLoadState('networkidle')
  }
  await page.goto('/en/movies/the-river-between-us')
  await page.getByTestId('cast').getByRole('link').first().click()
  await expect(page).toHaveURL(/\/en\/people\/\d+/)
  await page.waitForLoadState('networkidle')
  // The fixture fails the test on any violation; this proves it is listening.
  expect(await page.evaluate(() => typeof window.__reportCspViolation)).toBe('function')
})

test('the recorder sees a violation when one happens', async ({ page, cspViolations }) => {
  await page.goto('/en')
  await page.evaluate(() => {
    const script = document.createElement('script')
    script.src = 'https://example.invalid/script.js'
    document.head.append(script)
  })
  // Both ways of hearing of it: the page's event and Chromium's console message.
  await expect
    .poll(() => cspViolations.map((violation) => violation.directive).sort())
    .toEqual(['console', 'script-src-elem'])
  expect(cspViolations.find((violation) => violation.directive === 'script-src-elem')?.blocked).toBe(
    'https://example.invalid/script.js',
  )
  // This violation was the point of the test: once every report of it is in, do not let the
  // fixture fail the test for it.
  await page.close()
  cspViolations.length = 0
})
