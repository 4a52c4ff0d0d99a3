import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'
import { Webhook } from 'standardwebhooks'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { demoSignature, demoSignatureHeader } from '@/lib/payments/providers/demo'
import { rest } from './helpers/api'
import { createMovie, signIn, unique, type SignedIn } from './helpers/fixtures'
import { mailsTo, mimeParts } from './helpers/mail'
import { testPayload } from './helpers/payload'
import { startWorker, type WorkerProcess } from '../support/workerProcess'

/**
 * Outbound webhooks end to end: a real receiving HTTP server, real `npm run worker` sending from
 * the queue in PostgreSQL, signatures checked with the Standard Webhooks library an integrator
 * would use. The retry schedule is compressed (WEBHOOK_RETRY_SCHEDULE_MS) so the whole window
 * passes in under ten seconds.
 */
const retrySchedule = [500, 2000, 5000]

type Received = { path: string; headers: IncomingHttpHeaders; body: string; at: number }

let payload: Payload
let admin: SignedIn
let viewer: SignedIn
let receiver: Server
let receiverUrl: string
let worker: WorkerProcess
const received: Received[] = []
const answers = new Map<string, number>()
const before = { runsJobs: process.env.JOBS_RUN_IN_WEB, privateHosts: process.env.WEBHOOKS_ALLOW_PRIVATE_HOSTS }

beforeAll(async () => {
  process.env.JOBS_RUN_IN_WEB = 'false'
  process.env.WEBHOOKS_ALLOW_PRIVATE_HOSTS = 'true'
  ;({ payload } = await testPayload())
  admin = await signIn(payload, 'admin', 'webhook-admin')
  viewer = await signIn(payload, 'viewer', 'webhook-viewer')
  receiver = createServer((request, response) => {
    let body = ''
    request.setEncoding('utf8')
    request.on('data', (chunk) => (body += chunk))
    request.on('end', () => {
      const path = request.url ?? '/'
      received.push({ path, headers: request.headers, body, at: Date.now() })
      response.writeHead(answers.get(path) ?? 200, { 'content-type': 'text/plain' })
      response.end(answers.get(path) === 500 ? 'ສັນຍານ: the receiver is down' : 'ok')
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`
  worker = startWorker({
    ...inject('mediaStorageEnv'),
    DATABASE_URL: inject('databaseUrl'),
    DATA_DIR: inject('dataDir'),
    PAYLOAD_SECRET: inject('payloadSecret'),
    JOBS_POLL_MS: '50',
    WEBHOOK_RETRY_SCHEDULE_MS: retrySchedule.join(','),
    WEBHOOKS_ALLOW_PRIVATE_HOSTS: 'true',
  })
  await worker.ready()
})

afterAll(async () => {
  // Later test files must not send to this receiver: switch every endpoint of this file off.
  await payload?.update({
    collection: 'webhook-endpoints',
    where: { url: { like: receiverUrl } },
    data: { enabled: false },
    overrideAccess: true,
  })
  await worker?.stop('SIGTERM')
  await new Promise((resolve) => receiver?.close(resolve))
  for (const [key, value] of [
    ['JOBS_RUN_IN_WEB', before.runsJobs],
    ['WEBHOOKS_ALLOW_PRIVATE_HOSTS', before.privateHosts],
  ] as const)
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
})

async function until<T>(what: string, probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000) {
  const stop = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (done(value)) return value
    if (Date.now() > stop)
      throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(value)}\n${worker.output().slice(-3000)}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

async function registerEndpoint(path: string, events: string[]) {
  const r = await rest('POST', 'webhook-endpoints', {
    token: admin.token,
    body: { url: `${receiverUrl}${path}`, description: 'ສັນຍານ ທະນາຄານ', events, secret: 'whsec_chosenByTheCaller' },
  })
  expect(r.status).toBe(201)
  return r.body.doc as { id: number; secret: string; enabled: boolean }
}

const deliveriesOf = async (endpoint: number) =>
  (
    await payload.find({
      collection: 'webhook-deliveries',
      where: { endpoint: { equals: endpoint } },
      sort: 'createdAt',
      depth: 0,
      overrideAccess: true,
    })
  ).docs

function confirmDemoPayment(reference: string, amountLak: number) {
  const body = JSON.stringify({ type: 'payment.succeeded', reference, amountLak, paidAt: new Date().toISOString() })
  return rest('POST', 'payments/webhook/demo', {
    rawBody: body,
    headers: { 'content-type': 'application/json', [demoSignatureHeader]: demoSignature(body) },
  })
}

describe('a confirmed payment', () => {
  it('makes exactly one payment.paid delivery, signed per Standard Webhooks with the endpoint’s secret', async () => {
    const endpoint = await registerEndpoint('/paid', ['payment.paid'])
    // The secret is the server's own, in the Standard Webhooks format, whatever the caller sent.
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/)

    const movie = await createMovie(payload, { title: unique('Webhook film'), lo: 'ເງົາຂອງແມ່ນ້ຳ' })
    await payload.update({ collection: 'movies', id: movie.id, data: { rentalPriceLak: 15000 }, overrideAccess: true })
    const checkout = await rest('POST', 'payments/checkout', { token: viewer.token, body: { movie: movie.id } })
    expect(checkout.status).toBe(201)
    const paymentId = checkout.body.payment.id as number
    const { reference } = await payload.findByID({ collection: 'payments', id: paymentId, overrideAccess: true })

    // A refused confirmation rolls back: nothing is recorded, so nothing is ever sent.
    expect((await confirmDemoPayment(reference!, 1)).status).toBe(400)
    expect(await deliveriesOf(endpoint.id)).toHaveLength(0)

    // The provider confirms three times (providers retry): one payment, one delivery.
    for (let i = 0; i < 3; i++) expect((await confirmDemoPayment(reference!, 15000)).status).toBe(200)
    const [delivery] = await until(
      'the delivery to succeed',
      () => deliveriesOf(endpoint.id),
      (docs) => docs[0]?.status === 'succeeded',
    )
    const deliveries = await deliveriesOf(endpoint.id)
    expect(deliveries).toHaveLength(1)
    expect(delivery).toMatchObject({ eventType: 'payment.paid', attempts: 1, lastStatusCode: 200 })
    expect(delivery!.messageId).toMatch(/^msg_/)

    const sent = received.filter((r) => r.path === '/paid')
    expect(sent).toHaveLength(1)
    const request = sent[0]!
    expect(request.headers['webhook-id']).toBe(delivery!.messageId)
    expect(request.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/)
    const verified = new Webhook(endpoint.secret).verify(request.body, request.headers as Record<string, string>)
    expect(verified).toMatchObject({
      type: 'payment.paid',
      data: { id: paymentId, movie: movie.id, amountLak: 15000, provider: 'demo', reference },
    })
    // Signed with another secret, or with one byte changed, it does not verify.
    expect(() =>
      new Webhook(`whsec_${Buffer.alloc(32, 7).toString('base64')}`).verify(
        request.body,
        request.headers as Record<string, string>,
      ),
    ).toThrow()
    expect(() =>
      new Webhook(endpoint.secret).verify(
        request.body.replace('15000', '15001'),
        request.headers as Record<string, string>,
      ),
    ).toThrow()
  })
})

describe('films', () => {
  it('movie.available once, when a published film’s video becomes ready; movie.updated on each save', async () => {
    const endpoint = await registerEndpoint('/films', ['movie.available', 'movie.updated'])
    const film = await createMovie(payload, { title: unique('Available film'), video: false })
    const events = async () => (await deliveriesOf(endpoint.id)).map((d) => d.eventType)
    expect(await events()).toEqual([])
    await payload.update({ collection: 'movies', id: film.id, data: { tagline: 'ສັນຍານ' }, overrideAccess: true })
    expect(await events()).toEqual(['movie.updated'])
    const ready = { video: { masterPlaylist: 'lao-sample/master.m3u8' } }
    await payload.update({ collection: 'movies', id: film.id, data: ready, overrideAccess: true })
    expect(await events()).toEqual(['movie.updated', 'movie.updated', 'movie.available'])
    await payload.update({ collection: 'movies', id: film.id, data: { tagline: 'ໃໝ່' }, overrideAccess: true })
    expect((await events()).filter((type) => type === 'movie.available')).toHaveLength(1)
    const [available] = (await deliveriesOf(endpoint.id)).filter((d) => d.eventType === 'movie.available')
    expect(available!.payload).toMatchObject({ type: 'movie.available', data: { id: film.id, available: true } })
  })
})

describe('a receiver that keeps answering 500', () => {
  let endpointId: number
  let deliveryId: number

  it('gets retries with growing delays, then the delivery is abandoned and the endpoint disabled', async () => {
    answers.set('/down', 500)
    const endpoint = await registerEndpoint('/down', ['movie.published', 'movie.updated'])
    endpointId = endpoint.id
    await createMovie(payload, { title: unique('Broken receiver') })

    const [delivery] = await until(
      'the delivery to be abandoned',
      () => deliveriesOf(endpoint.id),
      (docs) => docs[0]?.status === 'abandoned',
    )
    deliveryId = delivery!.id
    expect(delivery).toMatchObject({ eventType: 'movie.published', attempts: 4, lastStatusCode: 500 })
    expect(delivery!.lastResponse).toContain('ສັນຍານ')

    const tries = received.filter((r) => r.path === '/down')
    expect(tries).toHaveLength(1 + retrySchedule.length)
    expect(new Set(tries.map((t) => t.headers['webhook-id']))).toEqual(new Set([delivery!.messageId]))
    const gaps = tries.slice(1).map((t, i) => t.at - tries[i]!.at)
    gaps.forEach((gap, i) => expect(gap).toBeGreaterThanOrEqual(retrySchedule[i]! - 20))
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeGreaterThan(gaps[i - 1]!)

    // Shown disabled, with the reason, to an admin through the API.
    const shown = await until(
      'the endpoint to be disabled',
      () => rest('GET', `webhook-endpoints/${endpoint.id}`, { token: admin.token }),
      (r) => r.body.enabled === false,
    )
    expect(shown.status).toBe(200)
    expect(shown.body.disabledReason).toContain('HTTP 500')
    expect(shown.body.disabledAt).toBeTruthy()

    // The admins are told, in Lao and in English.
    const [mail] = await until(
      'the admins to be emailed',
      () => mailsTo(admin.user.email),
      (mails) => mails.some((m) => m.includes(receiverUrl) || /webhook/i.test(m)),
    )
    const textPart = mimeParts(mail!).find((part) => part.contentType === 'text/plain')!.body
    expect(textPart).toContain(`${receiverUrl}/down`)
    expect(textPart).toContain('ປາຍທາງ')
    expect(textPart).toContain('failed for the whole retry window')

    // A disabled endpoint is sent nothing new.
    // (Other tests' endpoints may still receive this film's events: count this receiver's alone.)
    const sentToDown = () => received.filter((r) => r.path === '/down').length
    const sentBefore = sentToDown()
    await createMovie(payload, { title: unique('Ignored') })
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(await deliveriesOf(endpoint.id)).toHaveLength(1)
    expect(sentToDown()).toBe(sentBefore)
  })

  it('"send again": admins only; refused while the endpoint is disabled; sent once switched on', async () => {
    const path = `webhook-deliveries/${deliveryId}/send-again`
    expect((await rest('POST', path)).status).toBe(401)
    const asViewer = await rest('POST', path, { token: viewer.token })
    expect(asViewer.status).toBe(403)
    expect(asViewer.body.errors[0].message).toMatch(/admins/)
    const bad = await rest('POST', 'webhook-deliveries/1e3/send-again', { token: admin.token })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].field).toBe('id')
    expect((await rest('POST', 'webhook-deliveries/2147483647/send-again', { token: admin.token })).status).toBe(404)
    const refused = await rest('POST', path, { token: admin.token })
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].field).toBe('endpoint')

    answers.set('/down', 204)
    const enabled = await rest('PATCH', `webhook-endpoints/${endpointId}`, {
      token: admin.token,
      body: { enabled: true },
    })
    expect(enabled.status).toBe(200)
    expect(enabled.body.doc).toMatchObject({ enabled: true, disabledReason: null })
    const sentAgain = await rest('POST', path, { token: admin.token })
    expect(sentAgain.status).toBe(202)
    const delivery = await until(
      'the delivery to succeed',
      () => payload.findByID({ collection: 'webhook-deliveries', id: deliveryId, overrideAccess: true }),
      (d) => d.status === 'succeeded',
    )
    expect(delivery).toMatchObject({ attempts: 5, lastStatusCode: 204 })
  })
})

describe('endpoint addresses', () => {
  it('only http(s), never with credentials, and private hosts only where allowed', async () => {
    for (const url of ['ftp://example.com/hook', 'javascript:alert(1)', 'https://user:pw@example.com/', 'not a url']) {
      const r = await rest('POST', 'webhook-endpoints', { token: admin.token, body: { url, events: ['payment.paid'] } })
      expect(r.status).toBe(400)
    }
    process.env.WEBHOOKS_ALLOW_PRIVATE_HOSTS = 'false'
    try {
      for (const url of ['http://127.0.0.1:5432/', 'http://localhost/', 'http://10.0.0.8/', 'http://[::1]/']) {
        const r = await rest('POST', 'webhook-endpoints', {
          token: admin.token,
          body: { url, events: ['payment.paid'] },
        })
        expect(r.status).toBe(400)
      }
    } finally {
      process.env.WEBHOOKS_ALLOW_PRIVATE_HOSTS = 'true'
    }
  })
})
