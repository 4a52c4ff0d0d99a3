import path from 'node:path'

/** Where the e2e server leaves the admin login that the seed printed, for the tests to use. */
export const adminCredentialsFile = path.resolve('test-results', 'e2e-admin-login.json')

/** The e2e server's database, for tests that change what only time would change (a rental's end). */
/** Where the e2e SMTP server keeps the mail the app sent (one .eml per message). */
export const e2eMailDir = path.resolve('test-results', 'e2e-mail')

export const e2eDatabaseUrlFile = path.resolve('test-results', 'e2e-database-url')

/** Reads the login from the seed's own printed lines, exactly as a newcomer would copy it. */
export function parsePrintedLogin(output: string): { email: string; password: string } {
  const email = /email:\s+(\S+)/.exec(output)?.[1]
  const password = /password:\s+(\S+)/.exec(output)?.[1]
  if (!email || !password) throw new Error(`The seed printed no admin login:\n${output}`)
  return { email, password }
}

/** The film the e2e fake TMDB knows, for the admin's import. */
export const e2eTmdbFilm = { id: 4242, title: 'The Long Walk Home' }

/** The environment the e2e server runs with (secret, database, data folder), for a second instance. */
export const e2eServerEnvFile = path.resolve('test-results', 'e2e-server-env.json')

/** Logs in at /admin's own form, as an editor would. */
export async function logInToAdmin(page: import('@playwright/test').Page, login: { email: string; password: string }) {
  await page.goto('/admin')
  await page.getByLabel(/email/i).fill(login.email)
  await page.getByLabel(/password/i).fill(login.password)
  await page.getByRole('button', { name: /login/i }).click()
}
