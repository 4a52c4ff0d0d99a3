import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { REST_POST } from '@payloadcms/next/routes'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRequestListener } from '../../scripts/lib/productionServer'
import { unique } from './helpers/fixtures'
import { testPayload } from './helpers/payload'

/**
 * The client address over real sockets: a node HTTP server with the production server's own
 * request listener (scripts/lib/productionServer.ts), in front of the REST handlers production
 * serves at /api instead of Next's router.
 */
type Config = Awaited<ReturnType<typeof testPayload>>['config']

async function toWebRequest(req: IncomingMessage, port: number): Promise<Request> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) for (const v of [value ?? []].flat()) headers.append(name, v)
  return new Request(`http://127.0.0.1:${port}${req.url}`, {
    method: req.method,
    headers,
    body: chunks.length ? Buffer.concat(chunks) : undefined,
  })
}

async function startServer(config: Config, trustedHops: number): Promise<{ server: Server; url: string }> {
  let port = 0
  const server = createServer(
    createRequestListener((req, res) => {
      void (async () => {
        const request = await toWebRequest(req, port)
        const slug = new URL(request.url).pathname
          .replace(/^\/api\//, '')
          .split('/')
          .filter(Boolean)
        const response = await REST_POST(config)(request, { params: Promise.resolve({ slug }) })
        res.writeHead(response.status, Object.fromEntries(response.headers))
        res.end(Buffer.from(await response.arrayBuffer()))
      })()
    }, trustedHops),
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
  return { server, url: `http://127.0.0.1:${port}` }
}

const servers: Server[] = []
let config: Config
beforeAll(async () => {
  ;({ config } = await testPayload())
})
afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))))
})

const failedLogin = (url: string, forwardedFor: string) =>
  fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ email: `${unique('guess')}@int.test`, password: 'guess-ສັນຍານ-123' }),
  })

const randomAddress = () => `203.0.113.${Math.floor(Math.random() * 250) + 1}`

describe('the client address', () => {
  it('with TRUSTED_PROXY_HOPS=0, a rotating X-Forwarded-For does not escape the per-address login limit', async () => {
    const { server, url } = await startServer(config, 0)
    servers.push(server)
    const statuses: number[] = []
    // Every attempt a new email and a new forged address; the socket is the same machine.
    for (let i = 0; i < 24; i++) statuses.push((await failedLogin(url, `198.51.100.${i + 1}, 192.0.2.${i + 1}`)).status)
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(401))
    expect(statuses.slice(20)).toEqual([429, 429, 429, 429])
    const refused = await failedLogin(url, randomAddress())
    expect(refused.headers.get('retry-after')).toBe('900')
    expect((await refused.json()).errors[0].message).toBe(
      'Too many attempts from your network. Try again in 15 minutes.',
    )
  })

  it('with TRUSTED_PROXY_HOPS=1, the address the proxy appended (the last) counts, whatever came before', async () => {
    const { server, url } = await startServer(config, 1)
    servers.push(server)
    const client = randomAddress()
    let neighbour = randomAddress()
    while (neighbour === client) neighbour = randomAddress()
    for (let i = 0; i < 20; i++) expect((await failedLogin(url, `10.9.${i}.1, ${client}`)).status).toBe(401)
    // The same client, whatever it forges in front: refused.
    expect((await failedLogin(url, `10.9.99.1, ${client}`)).status).toBe(429)
    expect((await failedLogin(url, client)).status).toBe(429)
    // Another address appended by the proxy is another client, even naming the first one in front.
    expect((await failedLogin(url, `${client}, ${neighbour}`)).status).toBe(401)
  })
})
