import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { APIRequestContext, Browser, BrowserContext, Page } from '@playwright/test'
import { adminCredentialsFile, e2eMailDir, logInToAdmin } from './credentials'
import { giveSampleVideo } from './sampleVideo'
import { expect, test } from './fixtures'

// Read, not imported: Playwright loads test files as plain ES modules.
const messages = (locale: string) =>
  JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as typeof import('../../messages/en.json')
const en = messages('en')
const lo = messages('lo')
const strong = 'ສັນຍານ-e2e-password-1'

async function signUp(page: Page, locale: 'en' | 'lo', name: string, email: string, password = strong) {
  const t = messages(locale).account
  await page.goto(`/${locale}/signup`)
  await page.getByLabel(t.displayName).fill(name)
  await page.getByLabel(t.email).fill(email)
  await page.getByLabel(t.password, { exact: true }).fill(password)
  await page.getByRole('button', { name: t.createAccount }).click()
  await expect(page).toHaveURL(new RegExp(`/${locale}/profile$`))
}

async function logIn(page: Page, email: string, password: string) {
  await page.getByLabel(en.account.email).fill(email)
  await page.getByLabel(en.account.password, { exact: true }).fill(password)
  await page.getByRole('button', { name: en.account.logIn }).click()
}

/** The reset link in the newest email to `to` that the e2e SMTP server received. */
function resetLinkFor(to: string): string | null {
  const files = readdirSync(e2eMailDir)
    .filter((f) => f.includes(to.replace(/[^a-z0-9@.-]/gi, '_')))
    .sort()
  if (!files.length) return null
  const raw = readFileSync(path.join(e2eMailDir, files.at(-1)!), 'utf8')
  const text = raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=')
  return /https?:\/\/[^\s"<>]+\/en\/reset-password\?token=[A-Za-z0-9%]+/.exec(text)?.[0] ?? null
}

test('register, log out, log in (a wrong password says so), back from the profile; a reset ends sessions', async ({
  browser,
}) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  const email = `account-${Date.now()}@e2e.test`
  await signUp(page, 'en', 'ສົມໃຈ', email)
  await expect(page.getByTestId('account-name')).toHaveText('ສົມໃຈ')

  await page.getByRole('button', { name: en.account.logOut, exact: true }).click()
  await expect(page.getByRole('link', { name: en.account.logIn })).toBeVisible()

  await page.goto('/en/profile')
  await expect(page).toHaveURL(/\/en\/login\?next=%2Fen%2Fprofile$/)
  await logIn(page, email, 'not-the-password-ສັນຍານ')
  await expect(page.getByTestId('form-error')).toHaveText(en.account.wrongPassword)
  await logIn(page, email, strong)
  await expect(page).toHaveURL(/\/en\/profile$/)
  await expect(page.getByTestId('profile-name')).toHaveText('ສົມໃຈ')

  // Another device, logged in with the same password.
  const other = await browser.newContext()
  expect((await other.request.post('/api/users/login', { data: { email, password: strong } })).ok()).toBe(true)
  expect((await (await other.request.get('/api/users/me')).json()).user?.email).toBe(email)

  await page.goto('/en/forgot-password')
  await page.getByLabel(en.account.email).fill(email)
  await page.getByRole('button', { name: en.account.sendLink }).click()
  await expect(page.getByRole('status')).toHaveText(en.account.forgotSent)
  await expect.poll(() => resetLinkFor(email), { timeout: 10_000 }).not.toBeNull()
  const link = new URL(resetLinkFor(email)!)

  await page.goto(link.pathname + link.search)
  const newPassword = 'ສັນຍານ-brand-new-2'
  await page.getByLabel(en.account.newPassword).fill(newPassword)
  await page.getByRole('button', { name: en.account.setPassword }).click()
  await expect(page.getByRole('status')).toContainText(en.account.resetDone)

  const fresh = await browser.newContext()
  expect((await fresh.request.post('/api/users/login', { data: { email, password: strong } })).status()).toBe(401)
  expect((await fresh.request.post('/api/users/login', { data: { email, password: newPassword } })).ok()).toBe(true)
  expect((await (await other.request.get('/api/users/me')).json()).user).toBeNull()
  await Promise.all([context.close(), other.close(), fresh.close()])
})

test('a password reset from a logged-out browser signs the viewer in, and the header says so', async ({ browser }) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  const email = `reset-header-${Date.now()}@e2e.test`
  await signUp(page, 'en', 'ນາງ ດາວ', email)
  await context.close()

  const fresh = await browser.newContext()
  const resetPage = await fresh.newPage()
  expect((await resetPage.request.post('/api/users/forgot-password', { data: { email } })).ok()).toBe(true)
  await expect.poll(() => resetLinkFor(email), { timeout: 10_000 }).not.toBeNull()
  const link = new URL(resetLinkFor(email)!)
  await resetPage.goto(link.pathname + link.search)
  await expect(resetPage.getByRole('link', { name: en.account.logIn })).toBeVisible()
  await resetPage.getByLabel(en.account.newPassword).fill('ສັນຍານ-reset-header-3')
  await resetPage.getByRole('button', { name: en.account.setPassword }).click()
  await expect(resetPage.getByRole('status')).toContainText(en.account.resetDone)
  await expect(resetPage.getByTestId('account-name')).toHaveText('ນາງ ດາວ')
  await expect(resetPage.getByRole('link', { name: en.account.logIn })).toHaveCount(0)
  await fresh.close()
})

test('sign-up names what a refused password lacks, in Lao and in English', async ({ page }) => {
  const attempt = async (locale: 'en' | 'lo', password: string) => {
    const t = messages(locale).account
    await page.goto(`/${locale}/signup`)
    await page.getByLabel(t.displayName).fill('ສົມພອນ')
    await page.getByLabel(t.email).fill(`weak-${locale}-${Date.now()}@e2e.test`)
    await page.getByLabel(t.password, { exact: true }).fill(password)
    await page.getByRole('button', { name: t.createAccount }).click()
    return page.locator('#password-error')
  }
  const fill = (template: string, count: number) => template.replace('{count}', String(count))
  await expect(await attempt('en', 'ສັນ1')).toHaveText(fill(en.account.passwordTooShort, 8))
  await expect(await attempt('lo', 'ສັນ1')).toHaveText(fill(lo.account.passwordTooShort, 8))
  await expect(await attempt('en', 'password')).toHaveText(en.account.passwordTooCommon)
  await expect(await attempt('lo', 'password')).toHaveText(lo.account.passwordTooCommon)
  await expect(page).toHaveURL(/\/lo\/signup$/)
})

async function rentAnonymously(context: BrowserContext, slug: string) {
  await giveSampleVideo(slug)
  const page = await context.newPage()
  const { docs } = await (await page.request.get(`/api/movies?where[slug][equals]=${slug}&depth=0`)).json()
  const checkout = await page.request.post('/api/payments/checkout', { data: { movie: docs[0].id, locale: 'lo' } })
  expect(checkout.status()).toBe(201)
  await page.goto((await checkout.json()).checkout.url)
  await page.getByRole('button', { name: lo.demoPayment.simulate }).click()
  await expect(page.getByRole('status')).toHaveText(lo.demoPayment.done)
  const progress = await page.request.post('/api/watch-progress/save', {
    data: { movie: docs[0].id, progressSeconds: 600, durationSeconds: 6000 },
  })
  expect(progress.ok()).toBe(true)
  return page
}

test('an anonymous viewer’s rental and progress are theirs on sign-up; the old cookie claims nothing', async ({
  browser,
}) => {
  const context = await browser.newContext()
  const page = await rentAnonymously(context, 'voice-of-the-khaen')
  const anonymousCookie = (await context.cookies()).find((c) => c.name === 'lc_viewer')!
  expect(anonymousCookie.httpOnly).toBe(true)

  await signUp(page, 'lo', 'ນາງ ແກ້ວ', `claim-${Date.now()}@e2e.test`)
  const { docs } = await (
    await page.request.get('/api/movies?where[slug][equals]=voice-of-the-khaen&depth=0&locale=lo')
  ).json()
  const title = docs[0].title
  await expect(page.getByTestId('active-rentals')).toContainText(`${title} — ເຊົ່າແລ້ວ — ເຫຼືອ 23 ຊົ່ວໂມງ`)
  await expect(page.getByTestId('profile-continue-watching').getByRole('link', { name: title })).toBeVisible()

  const thief = await browser.newContext()
  await thief.addCookies([{ ...anonymousCookie }])
  const thiefPage = await thief.newPage()
  await signUp(thiefPage, 'lo', 'ຄົນອື່ນ', `thief-${Date.now()}@e2e.test`)
  await expect(thiefPage.getByTestId('active-rentals')).toContainText(lo.account.noRentals)
  await expect(thiefPage.getByTestId('profile-continue-watching')).toContainText(lo.account.nothingWatching)
  await Promise.all([context.close(), thief.close()])
})

test('the watchlist asks a logged-out viewer to sign up, then adds on return; the profile and home list it', async ({
  browser,
}) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  const slug = 'monsoon-letters'
  await page.goto(`/lo/movies/${slug}`)
  await page.getByRole('button', { name: lo.watchlist.add }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText(lo.watchlist.accountRequired)
  await dialog.getByRole('link', { name: lo.account.signUp }).click()

  const t = lo.account
  await page.getByLabel(t.displayName).fill('ບຸນມີ')
  await page.getByLabel(t.email).fill(`watchlist-${Date.now()}@e2e.test`)
  await page.getByLabel(t.password, { exact: true }).fill(strong)
  await page.getByRole('button', { name: t.createAccount }).click()
  await expect(page.getByRole('button', { name: lo.watchlist.remove })).toBeVisible()
  await expect(page.getByText(lo.watchlist.added)).toBeVisible()
  // Done as asked, the intent leaves the address: removing the film and reloading does not add it back.
  await expect(page).toHaveURL(new RegExp(`/lo/movies/${slug}$`))
  await page.getByRole('button', { name: lo.watchlist.remove }).click()
  await expect(page.getByRole('button', { name: lo.watchlist.add })).toBeVisible()
  await page.reload()
  await expect(page.getByTestId('watchlist-button')).toHaveAttribute('aria-busy', 'false')
  await expect(page.getByTestId('watchlist-button')).toHaveAttribute('aria-pressed', 'false')
  await page.getByRole('button', { name: lo.watchlist.add }).click()
  await expect(page.getByRole('button', { name: lo.watchlist.remove })).toBeVisible()

  const { docs } = await (await page.request.get(`/api/movies?where[slug][equals]=${slug}&depth=0&locale=lo`)).json()
  await page.goto('/lo/profile')
  await expect(page.getByTestId('profile-watchlist').getByRole('link', { name: docs[0].title })).toBeVisible()
  await page.goto('/lo')
  await expect(page.getByTestId('my-watchlist').getByRole('heading', { name: docs[0].title })).toBeVisible()
  await context.close()
})

test('the profile’s password change needs the current password: none or a wrong one changes nothing', async ({
  browser,
}) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  const email = `change-password-${Date.now()}@e2e.test`
  await signUp(page, 'lo', 'ນາງ ຄຳ', email)
  const t = lo.account
  const form = page.getByRole('form', { name: t.changePassword })
  const newPassword = 'ສັນຍານ-e2e-new-password-2'

  await form.getByLabel(t.newPassword).fill(newPassword)
  await form.getByRole('button', { name: t.changePassword }).click()
  await expect(form.getByRole('alert')).toHaveText(t.currentPasswordNeeded)

  await form.getByLabel(t.currentPassword).fill('not-the-password-ສັນຍານ')
  await form.getByRole('button', { name: t.changePassword }).click()
  await expect(form.getByRole('alert')).toHaveText(t.currentPasswordWrong)
  expect((await context.request.post('/api/users/login', { data: { email, password: newPassword } })).status()).toBe(
    401,
  )

  await form.getByLabel(t.currentPassword).fill(strong)
  await form.getByLabel(t.newPassword).fill(newPassword)
  await form.getByRole('button', { name: t.changePassword }).click()
  await expect(form.getByRole('status')).toHaveText(t.passwordChanged)
  const fresh = await browser.newContext()
  expect((await fresh.request.post('/api/users/login', { data: { email, password: strong } })).status()).toBe(401)
  expect((await fresh.request.post('/api/users/login', { data: { email, password: newPassword } })).ok()).toBe(true)
  await Promise.all([context.close(), fresh.close()])
})

/**
 * A new account that the admin makes an editor (an admin changes someone else's role without a
 * password of theirs, and it is logged), logged in to /admin in a context of its own and on its
 * own account page.
 */
async function editorOnOwnAccountPage(browser: Browser, request: APIRequestContext, label: string) {
  const email = `${label}-${Date.now()}@e2e.test`
  expect(
    (await request.post('/api/users', { data: { email, password: strong, displayName: 'ບັນນາທິການ' } })).status(),
  ).toBe(201)
  const admin = JSON.parse(readFileSync(adminCredentialsFile, 'utf8')) as { email: string; password: string }
  const { token } = await (await request.post('/api/users/login', { data: admin })).json()
  const auth = { Authorization: `JWT ${token}` }
  const { docs } = await (
    await request.get(`/api/users?where[email][equals]=${encodeURIComponent(email)}&depth=0`, { headers: auth })
  ).json()
  expect((await request.patch(`/api/users/${docs[0].id}`, { data: { role: 'editor' }, headers: auth })).status()).toBe(
    200,
  )

  const context = await browser.newContext()
  const page = await context.newPage()
  await logInToAdmin(page, { email, password: strong })
  await expect(page).toHaveURL(/\/admin\/?$/)
  await page.goto('/admin/account')
  return { email, id: docs[0].id as number, context, page }
}

test('in the admin, an editor’s own account page has a masked current-password field', async ({ browser, request }) => {
  const { context, page } = await editorOnOwnAccountPage(browser, request, 'editor')
  await expect(page.locator('input[name="currentPassword"]')).toHaveAttribute('type', 'password')
  await context.close()
})

test('in the admin, an editor changes their own password with the current one', async ({ browser, request }) => {
  const { email, id, context, page } = await editorOnOwnAccountPage(browser, request, 'editor-pw')
  const newPassword = 'ສັນຍານ-admin-side-new-8'
  await page.getByRole('button', { name: 'Change Password' }).click()
  await page.locator('input[name="password"]').fill(newPassword)
  await page.locator('input[name="confirm-password"]').fill(newPassword)
  await page.locator('input[name="currentPassword"]').fill(strong)
  // Payload's form validates on the server before it submits, and a click that lands before the
  // typed values reach the form state is refused by that check: click again until the save goes out.
  await expect(async () => {
    const saved = page.waitForResponse(
      (response) => response.url().includes(`/api/users/${id}`) && response.request().method() === 'PATCH',
      { timeout: 5_000 },
    )
    await page.getByRole('button', { name: 'Save' }).click()
    expect((await saved).status()).toBe(200)
  }).toPass({ timeout: 45_000 })
  expect((await request.post('/api/users/login', { data: { email, password: newPassword } })).ok()).toBe(true)
  await context.close()
})
