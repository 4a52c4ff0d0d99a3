import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import pg from 'pg'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { demoSignature, demoSignatureHeader, simulateDemoPayment } from '@/lib/payments/providers/demo'
import { anonymousCookieName, newAnonymousId, signAnonymousId } from '@/lib/viewer/anonymousIdentity'
import { graphql, rest, type ApiResponse } from './helpers/api'
import { createMovie, createPaidRental, sampleMasterPlaylist, signIn, unique, type SignedIn } from './helpers/fixtures'
import { testPayload } from './helpers/payload'

/**
 * Renting, end to end on the server: checkout through the real endpoint, confirmation through the
 * real webhook with the demo provider's real signature, against the real database.
 */
let payload: Payload
let viewer: SignedIn

beforeAll(async () => {
  ;({ payload } = await testPayload())
  viewer = await signIn(payload, 'viewer', 'renter')
})

/** A browser: keeps the anonymous identity cookie the server hands it, like a real one. */
function browser(cookie?: string) {
  const jar = { cookie }
  const call = async (method: 'GET' | 'POST', route: string, body?: unknown): Promise<ApiResponse> => {
    const r = await rest(method, route, { body, headers: jar.cookie ? { cookie: jar.cookie } : {} })
    const set = r.headers.get('set-cookie')
    if (set) jar.cookie = set.split(';')[0]
    return r
  }
  return { jar, call }
}

async function film(title = 'ສັນຍານ', price = 15000) {
  const movie = await createMovie(payload, { title, lo: title })
  return payload.update({ collection: 'movies', id: movie.id, data: { rentalPriceLak: price }, overrideAccess: true })
}

/** What the demo provider's servers send: a confirmation signed with its key. */
function deliver(reference: string, amountLak: number, options: { signature?: string; body?: string } = {}) {
  const body =
    options.body ??
    JSON.stringify({ type: 'payment.succeeded', reference, amountLak, paidAt: new Date().toISOString() })
  return rest('POST', 'payments/webhook/demo', {
    rawBody: body,
    headers: {
      'content-type': 'application/json',
      ...(options.signature !== '' && { [demoSignatureHeader]: options.signature ?? demoSignature(body) }),
    },
  })
}

const countRentals = async (paymentId: number) =>
  (await payload.count({ collection: 'rentals', where: { payment: { equals: paymentId } }, overrideAccess: true }))
    .totalDocs
const paymentRow = (id: number) => payload.findByID({ collection: 'payments', id, overrideAccess: true, depth: 0 })

describe('checkout', () => {
  it('gives an anonymous viewer a signed identity cookie; the price is the film’s, never the client’s', async () => {
    const movie = await film('ສັນຍານ ລາຄາ', 17000)
    const b = browser()
    const r = await b.call('POST', 'payments/checkout', {
      movie: movie.id,
      amountLak: 1,
      price: 1,
      listPriceLak: 1,
      locale: 'lo',
    })
    expect(r.status).toBe(201)
    expect(r.headers.get('set-cookie')).toMatch(
      new RegExp(
        `^${anonymousCookieName}=anon_[A-Za-z0-9_-]{32}\\.[A-Za-z0-9_-]+; ` +
          'Path=/; Max-Age=7776000; HttpOnly; SameSite=Lax',
      ),
    )
    expect(r.body.payment).toMatchObject({ status: 'pending', amountLak: 17000, listPriceLak: 17000 })
    expect(r.body.checkout.qrData).toMatch(/\/lo\/demo-payments\/demo_[a-f0-9]{24}$/)
    const stored = await paymentRow(r.body.payment.id)
    expect(stored.amountLak).toBe(17000)
    expect(stored.anonymousId).toMatch(/^anon_/)
  })

  it('uses the site-wide default price for a film without one', async () => {
    const movie = await createMovie(payload, { title: 'Default price' })
    await payload.update({ collection: 'movies', id: movie.id, data: { rentalPriceLak: null }, overrideAccess: true })
    await payload.updateGlobal({ slug: 'rental-settings', data: { defaultPriceLak: 12000 }, overrideAccess: true })
    const r = await browser().call('POST', 'payments/checkout', { movie: movie.id })
    expect(r.body.payment.amountLak).toBe(12000)
  })

  it('answers bad input with a 400 naming the field, and a draft or missing film with a 404', async () => {
    const bad = await browser().call('POST', 'payments/checkout', { movie: 'ສັນຍານ' })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].field).toBe('movie')
    const draft = await createMovie(payload, { title: 'Draft', status: 'draft' })
    expect((await browser().call('POST', 'payments/checkout', { movie: draft.id })).status).toBe(404)
    expect((await browser().call('POST', 'payments/checkout', { movie: 999_999 })).status).toBe(404)
  })

  it('a published film without a ready video answers 409 and makes no payment, uses no promo code', async () => {
    const movie = await createMovie(payload, { title: 'Coming soon', lo: 'ສັນຍານ ໄວໆນີ້', video: false })
    const code = unique('SOON').toUpperCase()
    const promo = await payload.create({
      collection: 'promo-codes',
      overrideAccess: true,
      data: { code, kind: 'free', maxUses: 5 },
    })
    const payments = async () =>
      (await payload.count({ collection: 'payments', where: { movie: { equals: movie.id } }, overrideAccess: true }))
        .totalDocs
    for (const body of [
      { movie: movie.id, locale: 'lo' },
      { movie: movie.id, promoCode: code },
    ]) {
      const r = await rest('POST', 'payments/checkout', { token: viewer.token, body })
      expect(r.status).toBe(409)
      expect(r.body.errors[0]).toMatchObject({ field: 'movie', data: { reason: 'coming-soon' } })
      expect(r.body.errors[0].message).toMatch(/coming soon/i)
    }
    expect(await payments()).toBe(0)
    expect((await payload.findByID({ collection: 'promo-codes', id: promo.id, overrideAccess: true })).uses).toBe(0)

    // An empty master playlist is no video either; once the ladder is written the same film rents.
    await payload.update({
      collection: 'movies',
      id: movie.id,
      data: { video: { masterPlaylist: '  ' } },
      overrideAccess: true,
    })
    expect((await rest('POST', 'payments/checkout', { token: viewer.token, body: { movie: movie.id } })).status).toBe(
      409,
    )
    await payload.update({
      collection: 'movies',
      id: movie.id,
      data: { video: { masterPlaylist: sampleMasterPlaylist } },
      overrideAccess: true,
    })
    const rented = await rest('POST', 'payments/checkout', { token: viewer.token, body: { movie: movie.id } })
    expect(rented.status).toBe(201)
    expect(await payments()).toBe(1)
  })

  it('two concurrent checkouts by the same viewer make one payment, and end with one active rental', async () => {
    const movie = await film()
    const b = browser()
    await b.call('GET', `rentals/status?movie=${movie.id}`) // no cookie yet: nothing issued for reading
    expect(b.jar.cookie).toBeUndefined()
    const first = await b.call('POST', 'payments/checkout', { movie: movie.id }) // the identity
    const [a, c] = await Promise.all([
      b.call('POST', 'payments/checkout', { movie: movie.id }),
      b.call('POST', 'payments/checkout', { movie: movie.id }),
    ])
    expect([a.status, c.status]).toEqual([201, 201])
    expect(new Set([first.body.payment.id, a.body.payment.id, c.body.payment.id]).size).toBe(1)
    const reference = (await paymentRow(a.body.payment.id)).reference!
    await Promise.all([deliver(reference, 15000), deliver(reference, 15000)])
    const status = await b.call('GET', `rentals/status?movie=${movie.id}`)
    expect(status.body.state).toBe('active')
    const active = await payload.count({
      collection: 'rentals',
      where: { movie: { equals: movie.id } },
      overrideAccess: true,
    })
    expect(active.totalDocs).toBe(1)

    const again = await b.call('POST', 'payments/checkout', { movie: movie.id })
    expect(again.status).toBe(409)
    expect(again.body.errors[0].message).toMatch(/already renting/)
    expect(again.body.rental.expiresAt).toBe(status.body.expiresAt)
  })

  it('a second confirmed payment for a film already rented is kept for a refund, not a second rental', async () => {
    const movie = await film()
    const owner = { user: viewer.user.id }
    await createPaidRental(payload, owner, movie.id)
    const stray = await payload.create({
      collection: 'payments',
      overrideAccess: true,
      data: {
        ...owner,
        movie: movie.id,
        amountLak: 15000,
        listPriceLak: 15000,
        provider: 'demo',
        reference: `demo_${'a'.repeat(24)}`,
        status: 'pending',
      },
    })
    const r = await deliver(stray.reference!, 15000)
    expect(r.body.outcome).toBe('needs-refund')
    expect((await paymentRow(stray.id)).status).toBe('needs-refund')
    expect(await countRentals(stray.id)).toBe(0)
  })
})

/** A connection of its own, as another instance of the app (or the demo provider's server) has. */
async function withOtherConnection<T>(work: (sql: pg.Client) => Promise<T>): Promise<T> {
  const sql = new pg.Client({ connectionString: inject('databaseUrl') })
  await sql.connect()
  try {
    return await work(sql)
  } finally {
    await sql.end()
  }
}

describe('the demo provider', () => {
  it('keeps its ledger in PostgreSQL, where any instance sees it, and nothing under DATA_DIR', async () => {
    const movie = await film('Ledger', 21000)
    const b = browser()
    const r = await b.call('POST', 'payments/checkout', { movie: movie.id, locale: 'lo' })
    expect(r.status).toBe(201)
    const { reference } = await paymentRow(r.body.payment.id)
    const row = async () =>
      (
        await withOtherConnection((sql) =>
          sql.query('SELECT * FROM demo_payment_ledger WHERE reference = $1', [reference]),
        )
      ).rows[0]
    expect(await row()).toMatchObject({ payment_id: r.body.payment.id, amount_lak: 21000, locale: 'lo', paid_at: null })

    // Paid in the ledger by another process; this one learns it from the ledger when the dialog asks.
    await withOtherConnection((sql) =>
      sql.query('UPDATE demo_payment_ledger SET paid_at = now() WHERE reference = $1', [reference]),
    )
    expect((await b.call('GET', `payments/${r.body.payment.id}/status`)).body.status).toBe('paid')
    await expect(readdir(path.join(inject('dataDir'), 'demo-payments'))).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('answers "unknown" for references it never issued, malformed ones included', async () => {
    const { demoProvider } = await import('@/lib/payments/providers/demo')
    for (const reference of [`demo_${'0'.repeat(24)}`, "demo_' OR 1=1 --", '../../etc/passwd'])
      expect(await demoProvider.lookupStatus(reference, payload)).toEqual({ status: 'unknown' })
  })
})

describe('confirmation (the provider webhook)', () => {
  async function pendingPayment() {
    const movie = await film()
    const b = browser()
    const r = await b.call('POST', 'payments/checkout', { movie: movie.id })
    const payment = await paymentRow(r.body.payment.id)
    return { b, movie, payment, reference: payment.reference! }
  }

  it('50 concurrent deliveries of the same confirmation create exactly one rental and one paid payment', async () => {
    const { payment, reference, b } = await pendingPayment()
    const answers = await Promise.all(Array.from({ length: 50 }, () => deliver(reference, 15000)))
    expect(answers.map((a) => a.status)).toEqual(Array(50).fill(200))
    expect(answers.filter((a) => a.body.outcome === 'paid')).toHaveLength(1)
    expect(await countRentals(payment.id)).toBe(1)
    const stored = await paymentRow(payment.id)
    expect(stored.status).toBe('paid')
    const rental = (
      await payload.find({ collection: 'rentals', where: { payment: { equals: payment.id } }, overrideAccess: true })
    ).docs[0]!
    // The window starts at payment and lasts the film's 24 hours.
    expect(new Date(rental.expiresAt).getTime() - new Date(rental.startsAt).getTime()).toBe(24 * 3_600_000)
    expect(new Date(rental.startsAt).toISOString()).toBe(stored.paidAt)
    const status = await b.call('GET', `payments/${payment.id}/status`)
    expect(status.body).toMatchObject({ status: 'paid', rental: { id: rental.id } })
  })

  it('tampered amount (400), bad, missing or stale signature (401), unknown payment (404) create nothing', async () => {
    const { payment, reference } = await pendingPayment()
    const tampered = await deliver(reference, 1)
    expect(tampered.status).toBe(400)
    expect(tampered.body.errors[0].field).toBe('amountLak')

    const body = JSON.stringify({
      type: 'payment.succeeded',
      reference,
      amountLak: 15000,
      paidAt: new Date().toISOString(),
    })
    const forged = demoSignature(body).replace(/v1=([a-f0-9])/, (_, c) => `v1=${c === '0' ? '1' : '0'}`)
    expect((await deliver(reference, 15000, { body, signature: forged })).status).toBe(401)
    expect((await deliver(reference, 15000, { body, signature: '' })).status).toBe(401)
    const stale = demoSignature(body, Math.floor(Date.now() / 1000) - 3600)
    expect((await deliver(reference, 15000, { body, signature: stale })).status).toBe(401)
    // Signed for one body, sent with another: the signature covers every byte.
    const otherBody = body.replace('15000', '1')
    expect((await deliver(reference, 1, { body: otherBody, signature: demoSignature(body) })).status).toBe(401)

    const unknown = await deliver(`demo_${'f'.repeat(24)}`, 15000)
    expect(unknown.status).toBe(404)

    expect((await paymentRow(payment.id)).status).toBe('pending')
    expect(await countRentals(payment.id)).toBe(0)
  })

  it('a lost webhook is made good when the dialog asks: the status check asks the provider', async () => {
    const { payment, reference, b } = await pendingPayment()
    // The provider records the payment but its webhook never arrives (nothing listens at this origin).
    await withOtherConnection((sql) =>
      sql.query(`UPDATE demo_payment_ledger SET origin = 'http://127.0.0.1:9' WHERE reference = $1`, [reference]),
    )
    await expect(simulateDemoPayment(payload, reference)).rejects.toThrow()
    expect((await paymentRow(payment.id)).status).toBe('pending')
    const status = await b.call('GET', `payments/${payment.id}/status`)
    expect(status.body.status).toBe('paid')
    expect(await countRentals(payment.id)).toBe(1)
  })
})

describe('promo codes', () => {
  it('a code limited to 3 uses, redeemed by 10 viewers at once, is used exactly 3 times', async () => {
    const movie = await film()
    const code = unique('TRIO').toUpperCase()
    const promo = await payload.create({
      collection: 'promo-codes',
      overrideAccess: true,
      data: { code, kind: 'free', maxUses: 3 },
    })
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        browser().call('POST', 'payments/checkout', { movie: movie.id, promoCode: code.toLowerCase() }),
      ),
    )
    expect(answers.filter((a) => a.status === 201)).toHaveLength(3)
    const refused = answers.filter((a) => a.status === 409)
    expect(refused).toHaveLength(7)
    expect(refused[0]!.body.errors[0]).toMatchObject({
      field: 'promoCode',
      message: 'This promo code has been used up.',
      data: { reason: 'promo-used-up' },
    })
    expect((await payload.findByID({ collection: 'promo-codes', id: promo.id, overrideAccess: true })).uses).toBe(3)
    // A free code skips the provider but still records a zero-amount payment, and rents at once.
    const free = answers.find((a) => a.status === 201)!
    expect(free.body.checkout).toBeNull()
    expect(free.body.payment).toMatchObject({ status: 'paid', amountLak: 0 })
    expect(free.body.rental.expiresAt).toBeTruthy()
    expect(
      (
        await payload.count({
          collection: 'payments',
          where: { promoCode: { equals: promo.id }, amountLak: { equals: 0 } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(3)
  })

  it('an expired code, a code not yet valid and a code for another film are refused with clear messages', async () => {
    const movie = await film()
    const other = await film('Other film')
    const day = 86_400_000
    const expired = await payload.create({
      collection: 'promo-codes',
      overrideAccess: true,
      data: { code: unique('OLD'), kind: 'free', validUntil: new Date(Date.now() - day).toISOString() },
    })
    const early = await payload.create({
      collection: 'promo-codes',
      overrideAccess: true,
      data: { code: unique('SOON'), kind: 'free', validFrom: new Date(Date.now() + day).toISOString() },
    })
    const elsewhere = await payload.create({
      collection: 'promo-codes',
      overrideAccess: true,
      data: { code: unique('THAT'), kind: 'free', movie: other.id },
    })
    const tryCode = (code: string) => browser().call('POST', 'payments/checkout', { movie: movie.id, promoCode: code })
    // In English for integrators, with a reason for the rent dialog to word in the viewer's language.
    expect((await tryCode(expired.code)).body.errors[0]).toEqual({
      field: 'promoCode',
      message: 'This promo code has expired.',
      data: { reason: 'promo-expired' },
    })
    expect((await tryCode(early.code)).body.errors[0]).toEqual({
      field: 'promoCode',
      message: 'This promo code is not valid yet.',
      data: { reason: 'promo-not-yet-valid' },
    })
    const wrongFilm = await tryCode(elsewhere.code)
    expect(wrongFilm.status).toBe(400)
    expect(wrongFilm.body.errors[0]).toEqual({
      field: 'promoCode',
      message: 'This promo code is for another film.',
      data: { reason: 'promo-other-film' },
    })
    expect((await tryCode('NO-SUCH-CODE')).body.errors[0]).toMatchObject({
      field: 'promoCode',
      data: { reason: 'promo-unknown' },
    })
    expect(
      (await payload.count({ collection: 'payments', where: { movie: { equals: movie.id } }, overrideAccess: true }))
        .totalDocs,
    ).toBe(0)
  })

  it('percentage and fixed codes take their share off the price the server knows', async () => {
    const movie = await film('ສັນຍານ ສ່ວນຫຼຸດ', 20000)
    const pct = await payload.create({
      collection: 'promo-codes',
      overrideAccess: true,
      data: { code: unique('PCT'), kind: 'percentage', percentOff: 25 },
    })
    const fixed = await payload.create({
      collection: 'promo-codes',
      overrideAccess: true,
      data: { code: unique('FIX'), kind: 'fixed', amountOffLak: 3000 },
    })
    const a = await browser().call('POST', 'payments/checkout', { movie: movie.id, promoCode: pct.code })
    expect(a.body.payment).toMatchObject({ amountLak: 15000, listPriceLak: 20000, status: 'pending' })
    const b = await browser().call('POST', 'payments/checkout', { movie: movie.id, promoCode: fixed.code })
    expect(b.body.payment).toMatchObject({ amountLak: 17000, listPriceLak: 20000 })
  })
})

describe('the anonymous identity', () => {
  it('a forged or altered signature is rejected: it sees nothing of the holder’s, gets a fresh identity', async () => {
    const movie = await film()
    const holder = browser()
    const r = await holder.call('POST', 'payments/checkout', { movie: movie.id })
    await deliver((await paymentRow(r.body.payment.id)).reference!, 15000)
    const [name, value] = holder.jar.cookie!.split('=') as [string, string]
    const id = value.slice(0, value.lastIndexOf('.'))

    const forgeries = [
      `${name}=${id}`, // unsigned
      `${name}=${id}.${'A'.repeat(43)}`, // made-up signature
      `${name}=${signAnonymousId(newAnonymousId()).split('.')[0]}.${value.split('.')[1]}`, // someone else's signature
      `${name}=${id.slice(0, -1)}${id.endsWith('A') ? 'B' : 'A'}.${value.split('.')[1]}`, // id altered
    ]
    for (const cookie of forgeries) {
      const forger = browser(cookie)
      expect((await forger.call('GET', `rentals/status?movie=${movie.id}`)).body.state).toBe('none')
      expect((await forger.call('GET', `payments/${r.body.payment.id}/status`)).status).toBe(404)
      const list = await forger.call('GET', 'rentals')
      expect(list.body.docs ?? []).toHaveLength(0)
      const checkout = await forger.call('POST', 'payments/checkout', { movie: movie.id })
      expect(checkout.status).toBe(201) // a new identity of its own, not the holder's
      expect(forger.jar.cookie).not.toContain(id)
    }
    expect((await holder.call('GET', `rentals/status?movie=${movie.id}`)).body.state).toBe('active')
  })

  it('a second browser without the cookie sees none of the first’s rentals; the first sees its own', async () => {
    const movie = await film()
    const first = browser()
    const r = await first.call('POST', 'payments/checkout', { movie: movie.id })
    await deliver((await paymentRow(r.body.payment.id)).reference!, 15000)
    const mine = await first.call('GET', 'rentals?depth=0')
    expect(mine.body.docs.map((d: { movie: number }) => d.movie)).toEqual([movie.id])

    const row = await first.call('GET', 'rentals/mine?locale=lo')
    expect(row.body.docs.map((d: { movie: { title: string } }) => d.movie.title)).toEqual(['ສັນຍານ'])

    const second = browser()
    expect((await second.call('GET', `rentals/status?movie=${movie.id}`)).body.state).toBe('none')
    const none = await second.call('GET', 'rentals/mine?locale=lo')
    expect(none.status).toBe(200)
    expect(none.body.docs).toEqual([])
    const theirs = await second.call('GET', 'rentals?depth=0')
    expect(theirs.body.docs ?? []).toHaveLength(0)
    expect((await second.call('GET', `payments/${r.body.payment.id}/status`)).status).toBe(404)
  })

  it('a rental of a film since unpublished leaves the viewer’s list, like every other page of the film', async () => {
    const movie = await film('ສັນຍານ ຖອນ')
    const viewerBrowser = browser()
    const r = await viewerBrowser.call('POST', 'payments/checkout', { movie: movie.id })
    await deliver((await paymentRow(r.body.payment.id)).reference!, 15000)
    const listed = async () =>
      (await viewerBrowser.call('GET', 'rentals/mine?locale=lo')).body.docs.map((d: any) => d.movie.title)
    expect(await listed()).toEqual(['ສັນຍານ ຖອນ'])
    await payload.update({ collection: 'movies', id: movie.id, data: { _status: 'draft' }, overrideAccess: true })
    expect(await listed()).toEqual([])
  })
})

describe('the rental state', () => {
  it('an expired rental gives no access and is reported as expired; the viewer may rent again', async () => {
    const movie = await film()
    const b = browser()
    const r = await b.call('POST', 'payments/checkout', { movie: movie.id })
    await deliver((await paymentRow(r.body.payment.id)).reference!, 15000)
    await payload.update({
      collection: 'rentals',
      where: { movie: { equals: movie.id } },
      data: {
        startsAt: new Date(Date.now() - 26 * 3_600_000).toISOString(),
        expiresAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
      },
      overrideAccess: true,
    })
    expect((await b.call('GET', `rentals/status?movie=${movie.id}`)).body.state).toBe('expired')
    expect((await b.call('POST', 'payments/checkout', { movie: movie.id })).status).toBe(201)
  })
})

describe('viewers cannot write rentals or payments directly', () => {
  it('through GraphQL: create, update and delete are refused for a viewer; they read only their own', async () => {
    const movie = await film()
    const other = await signIn(payload, 'viewer', 'other-renter')
    const { rental: own, payment } = await createPaidRental(payload, { user: viewer.user.id }, movie.id)
    const { rental: theirs } = await createPaidRental(payload, { user: other.user.id }, movie.id)
    const as = { token: viewer.token }
    const create = await graphql(
      `mutation { createRental(data: { movie: ${movie.id}, startsAt: "2026-01-01T00:00:00Z",
        expiresAt: "2036-01-01T00:00:00Z", payment: ${payment.id} }) { id } }`,
      as,
    )
    expect(create.body.errors?.[0]?.message).toMatch(/not allowed/i)
    const update = await graphql(
      `mutation { updateRental(id: ${own.id}, data: { expiresAt: "2036-01-01T00:00:00Z" }) { id } }`,
      as,
    )
    expect(update.body.errors?.[0]?.message).toMatch(/not allowed/i)
    const del = await graphql(`mutation { deleteRental(id: ${own.id}) { id } }`, as)
    expect(del.body.errors?.[0]?.message).toMatch(/not allowed/i)
    const pay = await graphql(`mutation { updatePayment(id: ${payment.id}, data: { status: paid }) { id } }`, as)
    expect(pay.body.errors?.[0]?.message).toMatch(/not allowed/i)
    const createPayment = await graphql(
      `mutation { createPayment(data: { movie: ${movie.id}, amountLak: 0, listPriceLak: 0,
        provider: "demo", status: paid }) { id } }`,
      as,
    )
    expect(createPayment.body.errors?.[0]?.message).toMatch(/not allowed/i)

    const read = await graphql(
      `
        {
          Rentals(limit: 100) {
            docs {
              id
            }
          }
          Payments(limit: 100) {
            docs {
              id
            }
          }
        }
      `,
      as,
    )
    const rentalIds = read.body.data.Rentals.docs.map((d: { id: number }) => d.id)
    expect(rentalIds).toContain(own.id)
    expect(rentalIds).not.toContain(theirs.id)
    expect(read.body.data.Payments.docs.map((d: { id: number }) => d.id)).toContain(payment.id)
    const stored = await payload.findByID({ collection: 'rentals', id: own.id, overrideAccess: true })
    expect(stored.expiresAt).not.toBe('2036-01-01T00:00:00.000Z')
  })
})

describe('the receipt', () => {
  it('an account holder gets a bilingual receipt after a paid rental, in the language they paid in first', async () => {
    const movie = await film('ສັນຍານ ໃບຮັບເງິນ')
    await payload.update({
      collection: 'movies',
      id: movie.id,
      locale: 'en',
      data: { title: 'Signal receipt' },
      overrideAccess: true,
    })
    const r = await rest('POST', 'payments/checkout', { token: viewer.token, body: { movie: movie.id, locale: 'lo' } })
    expect(r.status).toBe(201)
    await deliver((await paymentRow(r.body.payment.id)).reference!, 15000)
    const outbox = path.join(inject('dataDir'), 'mail')
    const files = await readdir(outbox)
    const mails = await Promise.all(files.map(async (f) => decodeMail(await readFile(path.join(outbox, f), 'utf8'))))
    const text = mails.find((m) => m.includes('To: renter@int.test') && m.includes('Signal receipt'))
    expect(text).toBeDefined()
    expect(text!.indexOf('ທ່ານໄດ້ເຊົ່າ “ສັນຍານ ໃບຮັບເງິນ”')).toBeGreaterThan(-1)
    expect(text!.indexOf('ທ່ານໄດ້ເຊົ່າ')).toBeLessThan(text!.indexOf('You have rented “Signal receipt”'))
    expect(text).toMatch(/Amount paid: (LAK|₭)\s?15,000/)
  })
})

/** The text of a MIME message whose parts nodemailer wrote quoted-printable or base64. */
function decodeMail(raw: string): string {
  const qp = raw
    .replace(/=\r?\n/g, '')
    .replace(/(=[0-9A-F]{2})+/g, (run) => Buffer.from(run.replace(/=/g, ''), 'hex').toString('utf8'))
  const b64 = [...raw.matchAll(/Content-Transfer-Encoding: base64\r?\n(?:.+\r?\n)*?\r?\n([A-Za-z0-9+/=\r\n]+)/g)].map(
    (m) => Buffer.from(m[1]!.replace(/\s/g, ''), 'base64').toString('utf8'),
  )
  return [qp, ...b64].join('\n')
}
