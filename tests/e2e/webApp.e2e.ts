import { expect, test } from './fixtures'
import { messages } from './messages'

/** A PNG's width and height, from its IHDR chunk. */
const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) })

test('the site can be added to a home screen: a manifest with both names, its icons, and a favicon', async ({
  page,
}) => {
  const manifest = await page.request.get('/manifest.webmanifest', { maxRedirects: 0 })
  expect(manifest.status()).toBe(200)
  expect(manifest.headers()['content-type']).toMatch(/^application\/manifest\+json/)
  const body = await manifest.json()
  expect(body.name).toContain(messages('lo').site.name)
  expect(body.name).toContain(messages('en').site.name)
  expect(body).toMatchObject({
    short_name: messages('en').site.name,
    start_url: '/',
    display: 'standalone',
    theme_color: '#0f1115',
    background_color: '#0f1115',
  })
  const sizes: string[] = body.icons.map((icon: { sizes: string }) => icon.sizes)
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']))

  const icons: { src: string; sizes: string }[] = [...body.icons, { src: '/apple-touch-icon.png', sizes: '180x180' }]
  for (const icon of icons) {
    const answer = await page.request.get(icon.src, { maxRedirects: 0 })
    expect(answer.status(), icon.src).toBe(200)
    expect(answer.headers()['content-type'], icon.src).toBe('image/png')
    const [width, height] = icon.sizes.split('x').map(Number)
    expect(pngSize(await answer.body()), icon.src).toEqual({ width, height })
  }
  const favicon = await page.request.get('/favicon.ico', { maxRedirects: 0 })
  expect(favicon.status()).toBe(200)
  expect(favicon.headers()['content-type']).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/)
})

test('every page links the manifest, and the security policy lets the browser read it', async ({ page }) => {
  for (const path of ['/en', '/lo', '/lo/movies', '/en/login']) {
    const response = await page.goto(path)
    await expect(page.locator('link[rel="manifest"]'), path).toHaveAttribute('href', '/manifest.webmanifest')
    const policy = response?.headers()['content-security-policy'] ?? ''
    expect(policy, path).toMatch(/manifest-src 'self'/)
    expect(policy, path).toMatch(/img-src 'self'/)
  }
})
