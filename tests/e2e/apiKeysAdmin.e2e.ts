import { readFileSync } from 'node:fs'
import { adminCredentialsFile, logInToAdmin } from './credentials'
import { expect, test } from './fixtures'

/** Acceptance 1 of issue 18, in the admin: a key is created for an integrator, shown once, used and revoked. */
test('an admin creates a key for an integrator, sees it once, and revokes it', async ({ page, request }) => {
  const admin = JSON.parse(readFileSync(adminCredentialsFile, 'utf8')) as { email: string; password: string }
  await logInToAdmin(page, admin)
  await expect(page).toHaveURL(/\/admin\/?$/)
  const email = `integrator-${Date.now()}@e2e.test`
  const account = await page.request.post('/api/users', {
    data: { email, password: 'ສັນຍານ-integrator-password', role: 'integrator', reportingAccess: ['rentals'] },
  })
  expect(account.status()).toBe(201)

  await page.goto('/admin/collections/api-keys/create')
  await page.locator('#field-name').fill('ສັນຍານ telco app')
  await page.locator('#field-owner').click()
  await page.keyboard.type(email)
  await page.locator('.rs__option', { hasText: email }).click()
  await page.getByRole('button', { name: 'Create the key' }).click()

  const shown = page.getByTestId('api-key-shown-once')
  await expect(shown).toContainText('lc_live_')
  const key = (await shown.locator('pre').textContent())!.trim()
  expect(key).toMatch(/^lc_live_[A-Za-z0-9_-]{43}$/)
  const me = await request.get('/api/users/me', { headers: { Authorization: `users API-Key ${key}` } })
  expect((await me.json()).user.email).toBe(email)

  // The saved key's page: its prefix, never the key again.
  const href = (await shown.getByRole('link').getAttribute('href'))!
  const id = Number(href.split('/').pop())
  await shown.getByRole('link').click()
  await expect(page).toHaveURL(new RegExp(`/admin/collections/api-keys/${id}$`))
  await expect(page.locator('#field-prefix')).toHaveValue(`${key.slice(0, 14)}…`)
  await expect(page.getByText('shown once, when it was created')).toBeVisible()
  expect(await page.content()).not.toContain(key)

  await page.locator('#field-revoked').check()
  await page.getByRole('button', { name: 'Save' }).click()
  await expect
    .poll(async () => (await (await page.request.get(`/api/api-keys/${id}?depth=0`)).json()).revokedAt ?? null)
    .not.toBeNull()
  const refused = await request.get('/api/users/me', { headers: { Authorization: `Bearer ${key}` } })
  expect(refused.status()).toBe(401)
})
