import { readdirSync, readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import pg from 'pg'
import { formatLak } from '@/lib/format'
import { e2eDatabaseUrlFile, e2eServerEnvFile } from './credentials'
import { expect, test } from './fixtures'
import { giveSampleVideo } from './sampleVideo'

// Read, not imported: Playwright loads test files as plain ES modules.
const readMessages = (locale: string) =>
  JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as typeof import('../../messages/en.json')
const en = readMessages('en')
const messages = { en, lo: readMessages('lo') }
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key) => String(values[key]))

async function priceOf(page: Page, slug: string): Promise<number> {
  const { docs } = await (await page.request.get(`/api/movies?where[slug][equals]=${slug}&depth=0`)).json()
  return docs[0].rentalPriceLak
}

/** The demo provider's page, as a phone that scanned the QR code would open it: pay there, and stay. */
async function payOnDemoPage(page: Page, locale: 'en' | 'lo') {
  await expect(page.getByRole('note')).toHaveText(messages[locale].demoPayment.badge)
  await page.getByRole('button', { name: messages[locale].demoPayment.simulate }).click()
  await expect(page.getByRole('status')).toHaveText(messages[locale].demoPayment.done)
}

for (const locale of ['lo', 'en'] as const) {
  const m = messages[locale].rent
  test(`${locale}: an anonymous viewer rents a film with the demo payment and lands on the watch page`, async ({
    browser,
  }) => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const slug = 'the-river-between-us'
    const price = formatLak(await priceOf(page, slug), locale)
    await page.goto(`/${locale}/movies/${slug}`)

    await page.getByRole('button', { name: fill(m.button, { price }) }).click()
    const dialog = page.getByRole('dialog')
    await expect(dialog.getByTestId('rent-price')).toHaveText(price)
    await expect(dialog).toContainText(fill(m.window, { window: fill(m.windowHours, { hours: 24 }) }))
    await dialog.getByRole('button', { name: m.continue }).click()
    const qr = dialog.getByRole('img', { name: fill(m.qrAlt, { price }) })
    await expect(qr).toBeVisible()
    expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
    await expect(dialog).toContainText(m.waiting)

    // "Pay on this device" opens our demo provider's page in this same tab; once paid, it comes back
    // to the film, where the rental shows. No second tab is left behind.
    await dialog.getByRole('link', { name: m.payOnDevice }).click()
    await expect(page.getByRole('note')).toHaveText(messages[locale].demoPayment.badge)
    await page.getByRole('button', { name: messages[locale].demoPayment.simulate }).click()
    await expect(page).toHaveURL(new RegExp(`/${locale}/movies/${slug}$`))
    await expect(page.getByTestId('rental-left')).toHaveText(fill(m.rentedHoursLeft, { hours: 23 }))
    expect(context.pages()).toHaveLength(1)

    await page.getByTestId('rent-panel').getByRole('link', { name: m.watchNow }).click()
    await expect(page).toHaveURL(new RegExp(`/${locale}/movies/${slug}/watch$`))
    await expect(page.getByTestId('player')).toBeVisible()
    await expect(page.locator('video')).toHaveCount(1)

    await page.goto(`/${locale}/movies/${slug}`)
    await expect(page.getByTestId('rental-left')).toHaveText(fill(m.rentedHoursLeft, { hours: 23 }))
    await context.close()
  })
}

test('a payment made on a phone (the QR code’s address, opened elsewhere) shows in the open dialog', async ({
  browser,
}) => {
  // The phone's request may reach another instance: nothing of the payment may live on this one's disk.
  const { DATA_DIR } = JSON.parse(readFileSync(e2eServerEnvFile, 'utf8')) as { DATA_DIR: string }
  const filesInDataDir = () => readdirSync(DATA_DIR, { recursive: true }).map(String).sort()
  const filesBefore = filesInDataDir()
  const context = await browser.newContext()
  const page = await context.newPage()
  const slug = 'monsoon-letters'
  await giveSampleVideo(slug)
  const price = formatLak(await priceOf(page, slug), 'en')
  await page.goto(`/en/movies/${slug}`)
  await page.getByRole('button', { name: fill(en.rent.button, { price }) }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('button', { name: en.rent.continue }).click()
  const payHere = new URL((await dialog.getByRole('link', { name: en.rent.payOnDevice }).getAttribute('href'))!)
  payHere.searchParams.delete('return')

  const phone = await browser.newContext()
  const phonePage = await phone.newPage()
  await phonePage.goto(payHere.toString())
  await payOnDemoPage(phonePage, 'en')
  await phone.close()

  await expect(dialog).toContainText(en.rent.paid)
  await expect(page.getByTestId('rental-left')).toHaveText(fill(en.rent.rentedHoursLeft, { hours: 23 }))
  await context.close()
  expect(filesInDataDir()).toEqual(filesBefore)
})

test('the watch page without a rental opens the payment dialog; with an expired rental the film page says so', async ({
  browser,
}) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  const slug = 'rocket-festival'
  await giveSampleVideo(slug)
  await page.goto(`/en/movies/${slug}/watch`)
  await expect(page).toHaveURL(new RegExp(`/en/movies/${slug}\\?rental=required$`))
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByRole('heading', { level: 2 })).toContainText('Rent “')
  await expect(page.getByRole('alert').filter({ hasText: en.rent.required })).toBeVisible()

  // Rent it (through the dialog's own API calls, then the provider's page) ...
  const { docs } = await (await page.request.get(`/api/movies?where[slug][equals]=${slug}&depth=0`)).json()
  const checkout = await page.request.post('/api/payments/checkout', {
    data: { movie: docs[0].id, locale: 'en', amountLak: 1 },
  })
  expect(checkout.status()).toBe(201)
  const { payment, checkout: where } = await checkout.json()
  expect(payment.amountLak).toBe(docs[0].rentalPriceLak)
  const provider = await context.newPage()
  await provider.goto(where.url)
  await payOnDemoPage(provider, 'en')
  await page.goto(`/en/movies/${slug}/watch`)
  await expect(page.getByTestId('rental-ends')).toBeVisible()

  // A page on another site cannot spend this browser's cookies on a checkout.
  const forged = await page.request.post('/api/payments/checkout', {
    data: { movie: docs[0].id },
    headers: { Origin: 'https://evil.example' },
  })
  expect(forged.status()).toBe(403)

  // ... then let its 24 hours pass, in the database.
  const db = new pg.Client({ connectionString: readFileSync(e2eDatabaseUrlFile, 'utf8') })
  await db.connect()
  await db.query(
    `UPDATE rentals SET starts_at = now() - interval '25 hours', expires_at = now() - interval '1 hour'
     WHERE payment_id = $1`,
    [payment.id],
  )
  await db.end()

  await page.goto(`/en/movies/${slug}/watch`)
  await expect(page).toHaveURL(new RegExp(`/en/movies/${slug}\\?rental=expired$`))
  await expect(page.getByTestId('rental-expired')).toHaveText(en.rent.expired)
  await expect(page.getByRole('button', { name: en.rent.rentAgain })).toBeVisible()
  await expect(page.getByRole('dialog')).toBeHidden()
  await context.close()
})
