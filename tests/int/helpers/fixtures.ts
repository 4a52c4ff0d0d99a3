import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import type { User } from '../../../payload-types'

export type Caller = 'anonymous' | 'viewer' | 'otherViewer' | 'editor' | 'admin' | 'integrator'
export const callers: Caller[] = ['anonymous', 'viewer', 'otherViewer', 'editor', 'admin', 'integrator']

/** `apiKey`: an integrator's key, which the REST helpers send instead of the JWT (how integrators call). */
export type SignedIn = { user: User; token: string; apiKey?: string }

export const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`

/** Creates (or reuses) an account with the role and logs it in for a JWT. */
export async function signIn(
  payload: Payload,
  role: User['role'],
  label: string,
  extra: Partial<Pick<User, 'reportingAccess'>> = {},
): Promise<SignedIn> {
  const email = `${label}@int.test`
  const password = `pw-${label}-ສັນຍານ-1234`
  const existing = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    overrideAccess: true,
  })
  // The first account of a database always becomes admin: make sure that is not this one.
  if (role !== 'admin' && (await payload.count({ collection: 'users', overrideAccess: true })).totalDocs === 0) {
    await signIn(payload, 'admin', 'admin')
  }
  if (!existing.docs[0]) {
    await payload.create({
      collection: 'users',
      data: { email, password, role, displayName: label, ...extra },
      overrideAccess: true,
    })
  }
  const { user, token } = await payload.login({ collection: 'users', data: { email, password } })
  if (!token) throw new Error(`no token for ${label}`)
  return { user: user as User, token }
}

/** One account per kind of caller; the first account of a fresh database becomes admin anyway. */
export async function signInEveryone(payload: Payload): Promise<Record<Exclude<Caller, 'anonymous'>, SignedIn>> {
  const admin = await signIn(payload, 'admin', 'admin')
  return {
    admin,
    editor: await signIn(payload, 'editor', 'editor'),
    viewer: await signIn(payload, 'viewer', 'viewer'),
    otherViewer: await signIn(payload, 'viewer', 'other-viewer'),
    integrator: await signInIntegrator(payload, 'integrator', ['rentals', 'payments']),
  }
}

/** An integrator account with the reports granted, and a fresh API key of its own. */
export async function signInIntegrator(
  payload: Payload,
  label: string,
  reportingAccess: NonNullable<User['reportingAccess']>,
): Promise<SignedIn> {
  const signedIn = await signIn(payload, 'integrator', label, { reportingAccess })
  return { ...signedIn, apiKey: await issueApiKey(payload, signedIn.user.id) }
}

/** A key for an integrator account, as an admin creates one; answers the plain key, shown this once. */
export async function issueApiKey(payload: Payload, owner: number, name = unique('ສັນຍານ key')): Promise<string> {
  const created = await payload.create({ collection: 'api-keys', data: { name, owner }, overrideAccess: true })
  if (!created.key) throw new Error('the create answered no key')
  return created.key
}

/** The committed sample ladder's master playlist (src/seed): what a film with a ready video points at. */
export const sampleMasterPlaylist = 'lao-sample/master.m3u8'

/**
 * A film, published unless told otherwise, with a ready video (so it can be rented) unless
 * `video: false` makes it a "coming soon" one.
 */
export async function createMovie(
  payload: Payload,
  data: { title: string; lo?: string; status?: 'draft' | 'published'; slug?: string; video?: boolean },
) {
  const status = data.status ?? 'published'
  const movie = await payload.create({
    collection: 'movies',
    locale: 'en',
    draft: status === 'draft',
    overrideAccess: true,
    data: {
      title: data.title,
      slug: data.slug ?? unique('film'),
      _status: status,
      type: 'feature',
      rentalPriceLak: 20000,
      rentalWindowHours: 24,
      ...(data.video !== false && { video: { masterPlaylist: sampleMasterPlaylist, durationSeconds: 60 } }),
    },
  })
  if (data.lo) {
    await payload.update({
      collection: 'movies',
      id: movie.id,
      locale: 'lo',
      draft: status === 'draft',
      overrideAccess: true,
      data: { title: data.lo, _status: status },
    })
  }
  return movie
}

/**
 * A paid rental as the server writes one after a verified payment: the payment row, then the
 * rental that points at it. For tests that need a rental to exist, not to test renting.
 */
export async function createPaidRental(
  payload: Payload,
  owner: { user: number } | { anonymousId: string },
  movieId: number,
  window: { startsAt?: Date; expiresAt?: Date } = {},
) {
  const startsAt = window.startsAt ?? new Date()
  const expiresAt = window.expiresAt ?? new Date(startsAt.getTime() + 86_400_000)
  const payment = await payload.create({
    collection: 'payments',
    overrideAccess: true,
    data: {
      ...owner,
      movie: movieId,
      amountLak: 20000,
      listPriceLak: 20000,
      provider: 'demo',
      reference: unique('pay'),
      status: 'paid',
      paidAt: startsAt.toISOString(),
    },
  })
  const rental = await payload.create({
    collection: 'rentals',
    overrideAccess: true,
    data: {
      ...owner,
      movie: movieId,
      startsAt: startsAt.toISOString(),
      expiresAt: expiresAt.toISOString(),
      payment: payment.id,
    },
  })
  return { payment, rental }
}
