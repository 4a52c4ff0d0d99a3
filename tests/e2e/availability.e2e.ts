import AxeBuilder from '@axe-core/playwright'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { dataCosts, formatDataSize } from '@/lib/films/dataCost'
import { formatDate, formatLak } from '@/lib/format'
import { sampleLadder } from '@/lib/video/ladder'
import { e2eMailDir } from './credentials'
import { expect, test } from './fixtures'
import { fill, messages } from './messages'
import { movieIdOf, rentFilm, sampleFilmSlug } from './rentFilm'
import { openSettings, readyPlayer, recordSegmentVariants } from './player'
import { editFilm, giveSampleVideo } from './sampleVideo'

const en = messages('en')
const lo = messages('lo')

test('a film without video is coming soon, with its release date, in Lao and English; it cannot be rented', async ({
  page,
}) => {
  const slug = 'under-the-frangipani'
  await page.goto(`/lo/movies/${slug}`)
  const soon = page.getByTestId('coming-soon')
  await expect(soon).toContainText(lo.film.comingSoon)
  await expect(soon.getByTestId('release-date')).toHaveText(
    fill(lo.film.releaseDate, { date: formatDate('2023-02-14', 'lo') }),
  )
  await expect(soon.getByRole('button', { name: lo.notify.ask })).toBeVisible()
  await expect(page.getByTestId('rent-panel')).toHaveCount(0)
  await expectNoSeriousAxeProblem(page)

  // Its card says so wherever films are listed; a rentable film's card does not.
  await page.goto(`/lo/movies?q=${encodeURIComponent('ດອກຈຳປາ')}`)
  const cardOf = (filmSlug: string) =>
    page.getByTestId('film-card').filter({ has: page.locator(`a[href="/lo/movies/${filmSlug}"]`) })
  await expect(cardOf(slug).getByTestId('card-coming-soon')).toHaveText(lo.card.comingSoon)
  await expectNoSeriousAxeProblem(page)
  await page.goto(`/en/movies?q=${encodeURIComponent('River Between')}`)
  await expect(
    page.getByTestId('film-card').filter({ has: page.locator(`a[href="/en/movies/${sampleFilmSlug}"]`) }),
  ).toBeVisible()
  await expect(
    page
      .getByTestId('film-card')
      .filter({ has: page.locator(`a[href="/en/movies/${sampleFilmSlug}"]`) })
      .getByTestId('card-coming-soon'),
  ).toHaveCount(0)

  await page.goto(`/en/movies/${slug}`)
  await expect(page.getByTestId('coming-soon')).toContainText(en.film.comingSoon)
  await expect(page.getByTestId('release-date')).toHaveText('Release date: February 14, 2023')

  // The watch page explains rather than sending the viewer to a payment that cannot be made.
  await page.goto(`/lo/movies/${slug}/watch`)
  await expect(page).toHaveURL(new RegExp(`/lo/movies/${slug}/watch$`))
  const explanation = fill(lo.watch.comingSoon, { title: 'ໃຕ້ຕົ້ນດອກຈຳປາ' })
  await expect(page.getByTestId('watch-coming-soon')).toContainText(explanation)
  await expect(page.getByRole('link', { name: lo.watch.back })).toHaveAttribute('href', `/lo/movies/${slug}`)
  await expectNoSeriousAxeProblem(page)

  const checkout = await page.request.post('/api/payments/checkout', {
    data: { movie: await movieIdOf(page, slug), locale: 'lo' },
  })
  expect(checkout.status()).toBe(409)
  expect((await checkout.json()).errors[0]).toMatchObject({ field: 'movie', data: { reason: 'coming-soon' } })
})

test('notify me: a viewer signs up from the dialog, is told once by email when the film comes online', async ({
  browser,
}) => {
  test.setTimeout(90_000)
  const slug = 'signal-from-phonsavan'
  const email = `notify-${Date.now()}@e2e.test`
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(`/lo/movies/${slug}`)
  await expect(page.getByTestId('notify-button')).toHaveAttribute('aria-busy', 'false')
  await page.getByRole('button', { name: lo.notify.ask }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText(lo.notify.accountRequired)
  await dialog.getByRole('link', { name: lo.account.signUp }).click()
  await page.getByLabel(lo.account.displayName).fill('ນາງ ສັນຍານ')
  await page.getByLabel(lo.account.email).fill(email)
  await page.getByLabel(lo.account.password, { exact: true }).fill('ສັນຍານ-ລໍຖ້າ-2026')
  await page.getByRole('button', { name: lo.account.createAccount }).click()

  // Back on the film, the request is made as asked, and the intent leaves the address.
  await expect(page.getByRole('button', { name: lo.notify.cancel })).toBeVisible()
  await expect(page.getByText(lo.notify.asked)).toBeVisible()
  await expect(page).toHaveURL(new RegExp(`/lo/movies/${slug}$`))
  await page.goto('/lo/profile')
  const waiting = page.getByTestId('profile-notify-requests')
  await expect(waiting.getByRole('link', { name: 'ສັນຍານຈາກໂພນສະຫວັນ' })).toBeVisible()
  await expect(
    waiting.getByRole('button', { name: fill(lo.notify.cancelFor, { title: 'ສັນຍານຈາກໂພນສະຫວັນ' }) }),
  ).toBeVisible()

  // An editor puts the film online, then saves it again.
  await giveSampleVideo(slug)
  await expect.poll(() => mailsTo(email).length, { timeout: 30_000 }).toBe(1)
  await editFilm(slug, { tagline: 'Someone is still broadcasting, now online.' })
  // The worker polls every second: give a second mail every chance to arrive before counting.
  await page.waitForTimeout(4000)
  const mails = mailsTo(email)
  expect(mails).toHaveLength(1)
  const mail = mails[0]!
  expect(mail).toContain('“ສັນຍານຈາກໂພນສະຫວັນ” ທີ່ທ່ານລໍຖ້າ ສາມາດເຊົ່າ ແລະ ເບິ່ງໄດ້ໃນ ລາວ ຊີນີມາ ແລ້ວ.')
  expect(mail).toContain('“Signal from Phonsavan”, which you were waiting for, can now be rented')
  expect(mail.indexOf('ທີ່ທ່ານລໍຖ້າ')).toBeLessThan(mail.indexOf('which you were waiting for'))

  // The film can now be rented, and the profile says the request was answered.
  await expect(async () => {
    await page.goto(`/lo/movies/${slug}`)
    await expect(page.getByTestId('rent-panel')).toBeVisible({ timeout: 1000 })
  }).toPass({ timeout: 15_000 })
  await page.goto('/lo/profile')
  await expect(page.getByTestId('profile-notify-requests')).toContainText(
    fill(lo.notify.notified, { date: formatDate(new Date().toISOString(), 'lo') }),
  )
  await context.close()
})

test('a viewer cancels a notify-me request from the profile', async ({ browser }) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  const email = `cancel-${Date.now()}@e2e.test`
  const password = 'ສັນຍານ-ຍົກເລີກ-2026'
  expect((await page.request.post('/api/users', { data: { email, password } })).status()).toBe(201)
  expect((await page.request.post('/api/users/login', { data: { email, password } })).ok()).toBe(true)
  await page.goto('/en/movies/vientiane-nights')
  // Clicked before the island knows the viewer is signed in, the button would do nothing.
  await expect(page.getByTestId('notify-button')).toHaveAttribute('aria-busy', 'false')
  await page.getByRole('button', { name: en.notify.ask }).click()
  await expect(page.getByRole('button', { name: en.notify.cancel })).toBeVisible()
  await page.goto('/en/profile')
  const cancel = page.getByRole('button', { name: fill(en.notify.cancelFor, { title: 'Vientiane Nights' }) })
  await cancel.click()
  await expect(cancel).toHaveCount(0)
  await page.reload()
  await expect(page.getByTestId('profile-notify-requests')).toContainText(en.notify.empty)
  await context.close()
})

test('the rent dialog tells the data a whole viewing takes at each quality, in Lao numbers too', async ({ page }) => {
  for (const [locale, m] of [
    ['en', en],
    ['lo', lo],
  ] as const) {
    await page.goto(`/${locale}/movies/${sampleFilmSlug}`)
    const { docs } = await (await page.request.get(`/api/movies?where[slug][equals]=${sampleFilmSlug}&depth=0`)).json()
    const price = formatLak(docs[0].rentalPriceLak, locale)
    await page.getByRole('button', { name: fill(m.rent.button, { price }) }).click()
    const costs = page.getByRole('dialog').getByTestId('data-costs')
    await expect(costs.getByRole('heading')).toHaveText(m.rent.dataTitle)
    // The sample ladder: 60 seconds at each rung's bandwidth.
    const expected = dataCosts(
      sampleLadder.map((v) => ({ ...v })),
      60,
    ).map((cost) => fill(m.rent.dataLine, { quality: cost.quality, size: formatDataSize(cost.bytes, locale) }))
    await expect(costs.getByRole('listitem')).toHaveText(expected)
    const approximately = locale === 'lo' ? 'ປະມານ' : '≈'
    await expect(costs.getByRole('listitem').last()).toHaveText(`360p ${approximately} 6 MB`)
    await expect(costs.getByRole('listitem').first()).toHaveText(`1080p ${approximately} 38 MB`)
  }
})

test('a refused promo code is explained in the viewer’s language, on the field it is about', async ({ page }) => {
  await page.goto(`/lo/movies/${sampleFilmSlug}`)
  const { docs } = await (await page.request.get(`/api/movies?where[slug][equals]=${sampleFilmSlug}&depth=0`)).json()
  await page
    .getByRole('button', { name: fill(lo.rent.button, { price: formatLak(docs[0].rentalPriceLak, 'lo') }) })
    .click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel(lo.rent.promoLabel).fill('NO-SUCH-CODE-2026')
  await dialog.getByRole('button', { name: lo.rent.continue }).click()
  // The server says it in English, for integrators; the viewer reads Lao.
  await expect(dialog.getByRole('alert')).toHaveText(lo.rent.promoUnknown)
  await expect(dialog.getByLabel(lo.rent.promoLabel)).toHaveAttribute('aria-invalid', 'true')
})

test('data saver caps the quality at 360p, is remembered after a reload, and can be turned off', async ({
  browser,
}) => {
  test.setTimeout(120_000)
  const context = await browser.newContext()
  await rentFilm(context, sampleFilmSlug)
  const page = await context.newPage()
  const segments = recordSegmentVariants(page)
  await readyPlayer(page, 'lo')
  await openSettings(page, lo.player.dataSaver, lo.player.controls.settings)
  await page.getByRole('menuitemradio', { name: fill(lo.player.dataSaverCap, { quality: '360p' }) }).click()
  await expect(page.getByTestId('player')).toHaveAttribute('data-data-saver', '360')
  await expect(page.locator('[data-media-player][data-can-play]')).toHaveCount(1, { timeout: 15_000 })
  // One rung left of the sample ladder's four: Vidstack shows no quality menu for a single one.
  await expectNoQualityChoice(page)

  await page.reload()
  await expect(page.locator('[data-media-player][data-can-play]')).toHaveCount(1, { timeout: 15_000 })
  await expect(page.getByTestId('player')).toHaveAttribute('data-data-saver', '360')
  await expectNoQualityChoice(page)
  await page.keyboard.press('Escape')
  const before = segments.length
  await page.locator(`button[aria-label="${lo.player.controls.play}"]`).first().click()
  await expect.poll(() => segments.length - before, { timeout: 15_000 }).toBeGreaterThan(1)
  expect(new Set(segments.slice(before))).toEqual(new Set(['360p']))

  await openSettings(page, lo.player.dataSaver, lo.player.controls.settings)
  await page.getByRole('menuitemradio', { name: lo.player.dataSaverOff }).click()
  await expect(page.getByTestId('player')).toHaveAttribute('data-data-saver', 'off')
  await expect(page.locator('[data-media-player][data-can-play]')).toHaveCount(1, { timeout: 15_000 })
  await expectQualities(page, lo.player.controls.settings, lo.player.controls.quality, [
    '1080p',
    '720p',
    '480p',
    '360p',
  ])
  await context.close()
})

async function expectNoSeriousAxeProblem(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze()
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${page.url()}: ${v.id} (${v.nodes.length})`)).toEqual([])
}

/** Settings offer data saver (set to 360p) but no quality to choose. */
async function expectNoQualityChoice(page: Page) {
  await openSettings(page, null, lo.player.controls.settings)
  await expect(page.getByRole('menuitem', { name: lo.player.dataSaver })).toContainText(
    fill(lo.player.dataSaverCap, { quality: '360p' }),
  )
  await expect(page.getByRole('menuitem', { name: lo.player.controls.quality })).toHaveCount(0)
  await page.keyboard.press('Escape')
}

/** The quality menu lists exactly these rungs (besides "Auto"). */
async function expectQualities(page: Page, settingsLabel: string, qualityLabel: string, rungs: string[]) {
  await openSettings(page, qualityLabel, settingsLabel)
  await expect(page.getByRole('menuitemradio', { name: /^\d+p/ })).toHaveText(
    rungs.map((rung) => new RegExp(`^${rung}`)),
  )
  await page.keyboard.press('Escape')
}

/** The text of every mail the e2e SMTP server received for `to`, quoted-printable and base64 decoded. */
function mailsTo(to: string): string[] {
  const files = readdirSync(e2eMailDir).filter((file) => file.includes(to.replace(/[^a-z0-9@.-]/gi, '_')))
  return files.map((file) => decodeMail(readFileSync(path.join(e2eMailDir, file), 'utf8')))
}

function decodeMail(raw: string): string {
  const qp = raw
    .replace(/=\r?\n/g, '')
    .replace(/(=[0-9A-F]{2})+/g, (run) => Buffer.from(run.replace(/=/g, ''), 'hex').toString('utf8'))
  const b64 = [...raw.matchAll(/Content-Transfer-Encoding: base64\r?\n(?:.+\r?\n)*?\r?\n([A-Za-z0-9+/=\r\n]+)/g)].map(
    (m) => Buffer.from(m[1]!.replace(/\s/g, ''), 'base64').toString('utf8'),
  )
  return [qp, ...b64].join('\n')
}
