import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { adminCredentialsFile } from './credentials'

const login = () => JSON.parse(readFileSync(adminCredentialsFile, 'utf8')) as { email: string; password: string }

test.describe('the admin', () => {
  test('accepts the login the seed printed and shows the catalogue', async ({ page }) => {
    const { email, password } = login()
    await page.goto('/admin')
    await page.getByLabel(/email/i).fill(email)
    await page.getByLabel(/password/i).fill(password)
    await page.getByRole('button', { name: /login/i }).click()
    await expect(page).toHaveURL(/\/admin\/?$/)
    await page.goto('/admin/collections/movies')
    await expect(page.getByRole('link', { name: 'The River Between Us' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Harvest Moon' })).toBeVisible()
  })

  test('refuses a viewer account', async ({ page, request }) => {
    const email = `viewer-${Date.now()}@e2e.test`
    const password = 'ສັນຍານ-viewer-password'
    const created = await request.post('/api/users', { data: { email, password } })
    expect(created.status()).toBe(201)
    await page.goto('/admin')
    await page.getByLabel(/email/i).fill(email)
    await page.getByLabel(/password/i).fill(password)
    await page.getByRole('button', { name: /login/i }).click()
    await expect(page.getByText(/not allowed|unauthorized/i).first()).toBeVisible()
    await page.goto('/admin/collections/movies')
    await expect(page.getByRole('link', { name: 'The River Between Us' })).toHaveCount(0)
  })
})
