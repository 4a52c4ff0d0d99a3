import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import pg from 'pg'
import { adminCredentialsFile, e2eDatabaseUrlFile, logInToAdmin } from './credentials'
import { expect, test } from './fixtures'

const login = () => JSON.parse(readFileSync(adminCredentialsFile, 'utf8')) as { email: string; password: string }

/**
 * The admin shows an endpoint the worker disabled, with why, and the delivery log's "send again"
 * refuses while it stays disabled. (The disabling itself is proved in tests/int/webhooks.int.spec.ts
 * with a real receiver and worker; here the rows are written as the worker writes them.)
 */
test('an admin sees a disabled webhook endpoint and why, and cannot send to it again', async ({ page }) => {
  const sql = new pg.Client({ connectionString: readFileSync(e2eDatabaseUrlFile, 'utf8').trim() })
  await sql.connect()
  const reason = 'Every delivery failed for 17.6 h; the last answer: HTTP 500'
  let endpointId: number
  let deliveryId: number
  try {
    endpointId = (
      await sql.query(
        `INSERT INTO webhook_endpoints (url, description, enabled, disabled_reason, disabled_at, secret)
         VALUES ($1, 'ທະນາຄານ ສັນຍານ', false, $2, now(), $3)
         RETURNING id`,
        [`https://hooks.example.com/e2e-${Date.now()}`, reason, `whsec_${randomBytes(32).toString('base64')}`],
      )
    ).rows[0].id
    await sql.query(`INSERT INTO webhook_endpoints_events ("order", parent_id, value) VALUES (1, $1, 'payment.paid')`, [
      endpointId,
    ])
    deliveryId = (
      await sql.query(
        `INSERT INTO webhook_deliveries
           (endpoint_id, event_type, message_id, payload, status, attempts, last_status_code)
         VALUES ($1, 'payment.paid', $2, '{"type":"payment.paid","data":{"id":1}}', 'abandoned', 7, 500) RETURNING id`,
        [endpointId, `msg_e2e${Date.now()}`],
      )
    ).rows[0].id
  } finally {
    await sql.end()
  }

  await logInToAdmin(page, login())
  await expect(page).toHaveURL(/\/admin\/?$/)
  await page.goto(`/admin/collections/webhook-endpoints/${endpointId}`)
  await expect(page.getByLabel('Enabled')).not.toBeChecked()
  await expect(page.locator('#field-disabledReason')).toHaveValue(reason)

  await page.goto(`/admin/collections/webhook-deliveries/${deliveryId}`)
  // The body is shown as text (Payload's JSON editor would load from a CDN, which the CSP refuses).
  await expect(page.getByText('"type": "payment.paid"')).toBeVisible()
  await page.getByRole('button', { name: 'Send again' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'switch it on again' })).toBeVisible()
})
