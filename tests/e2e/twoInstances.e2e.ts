import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import type { APIRequestContext } from '@playwright/test'
import { e2eServerEnvFile } from './credentials'
import { expect, test } from './fixtures'

/**
 * Login throttling holds across instances: a second `next start` on the same database and build,
 * and failed attempts spread over both. The limits live in PostgreSQL, not in either process. (The
 * second instance takes X-Forwarded-For as Next leaves it, which for these requests is the address
 * the first, with TRUSTED_PROXY_HOPS=1, settles on.)
 */
const secondPort = Number(process.env.E2E_PORT || 3100) + 1
let second: ChildProcess | undefined

test.beforeAll(async () => {
  const env = JSON.parse(readFileSync(e2eServerEnvFile, 'utf8')) as Record<string, string>
  second = spawn('npx', ['next', 'start', '-p', String(secondPort)], {
    env: { ...process.env, ...env, NODE_ENV: 'production' },
    stdio: 'ignore',
    detached: true,
  })
  await expect
    .poll(
      async () =>
        fetch(`http://localhost:${secondPort}/api/access`).then(
          (r) => r.status,
          () => 0,
        ),
      { timeout: 60_000, intervals: [500] },
    )
    .toBe(200)
})

test.afterAll(() => {
  if (second?.pid) process.kill(-second.pid, 'SIGTERM')
})

const strong = 'ສັນຍານ-two-instances-1'
const servers = (request: APIRequestContext) => [
  (path: string, data: unknown, address: string) =>
    request.post(path, { data, headers: { 'x-forwarded-for': address } }),
  (path: string, data: unknown, address: string) =>
    request.post(`http://localhost:${secondPort}${path}`, { data, headers: { 'x-forwarded-for': address } }),
]

test('5 failed logins spread over two instances lock the email on both', async ({ request }) => {
  const email = `two-${Date.now()}@e2e.test`
  expect((await request.post('/api/users', { data: { email, password: strong } })).status()).toBe(201)
  const [first, other] = servers(request)
  const address = '192.0.2.10'
  for (const [i, server] of [first, other, first, other, first].entries()) {
    expect((await server!('/api/users/login', { email, password: `wrong-${i}-ສັນຍານ` }, address)).status()).toBe(401)
  }
  for (const server of [first, other]) {
    const locked = await server!('/api/users/login', { email, password: strong }, address)
    expect(locked.status()).toBe(429)
    expect((await locked.json()).errors[0].message).toBe(
      'Too many failed logins with this email. Try again in 10 minutes.',
    )
  }
})

test('20 failed logins from one address spread over two instances refuse that address on both', async ({ request }) => {
  const email = `two-victim-${Date.now()}@e2e.test`
  expect((await request.post('/api/users', { data: { email, password: strong } })).status()).toBe(201)
  const [first, other] = servers(request)
  const address = '192.0.2.20'
  for (let i = 0; i < 20; i++) {
    const server = i % 2 === 0 ? first! : other!
    const guess = { email: `guess-${i}@e2e.test`, password: 'guess-ສັນຍານ-1' }
    expect((await server('/api/users/login', guess, address)).status()).toBe(401)
  }
  for (const server of [first, other]) {
    const refused = await server!('/api/users/login', { email, password: strong }, address)
    expect(refused.status()).toBe(429)
    expect((await refused.json()).errors[0].message).toBe(
      'Too many attempts from your network. Try again in 15 minutes.',
    )
  }
  expect((await first!('/api/users/login', { email, password: strong }, '192.0.2.21')).status()).toBe(200)
})
