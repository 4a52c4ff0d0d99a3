import type { Payload, Where } from 'payload'
import type { Locale } from '@/i18n/locales'
import { ownedBy, type Viewer } from './resolveViewer'

/**
 * The viewer's own lists, each row with its film's title, slug and poster in `locale`: the home
 * page's rows (through /api/rentals/mine and /api/watch-progress/mine) and the profile page. Rows
 * are found by owner, so the viewer's identity is the only access rule; films no longer published
 * are left out, as the public site cannot show them.
 */
function ownRows(viewer: Viewer, locale: Locale, ...conditions: Where[]) {
  const where: Where = { and: [ownedBy(viewer), { 'movie._status': { equals: 'published' } }, ...conditions] }
  return {
    where,
    depth: 2,
    locale,
    overrideAccess: true,
    populate: { movies: { title: true, slug: true, poster: true } },
  } as const
}

type Shelf = { payload: Payload; viewer: Viewer; locale: Locale; limit: number }

/** Rentals still running, soonest to end first. */
export async function activeRentals({ payload, viewer, locale, limit }: Shelf) {
  const now = new Date().toISOString()
  const { docs } = await payload.find({
    collection: 'rentals',
    ...ownRows(viewer, locale, { expiresAt: { greater_than: now } }),
    sort: 'expiresAt',
    limit,
    select: { movie: true, expiresAt: true },
  })
  return docs
}

/** Rentals that have ended, latest first. */
export async function pastRentals({ payload, viewer, locale, limit }: Shelf) {
  const now = new Date().toISOString()
  const { docs } = await payload.find({
    collection: 'rentals',
    ...ownRows(viewer, locale, { expiresAt: { less_than_equal: now } }),
    sort: '-expiresAt',
    limit,
    select: { movie: true, expiresAt: true },
  })
  return docs
}

/** Films part-way through, most recently watched first: "Continue watching". */
export async function filmsInProgress({ payload, viewer, locale, limit }: Shelf) {
  const { docs } = await payload.find({
    collection: 'watch-progress',
    ...ownRows(viewer, locale, { completed: { equals: false } }),
    sort: '-lastWatchedAt',
    limit,
    select: { movie: true, progressSeconds: true, durationSeconds: true, lastWatchedAt: true },
  })
  return docs
}

/** The watchlist (accounts only), latest addition first. */
export async function watchlist({ payload, viewer, locale, limit }: Shelf) {
  const { docs } = await payload.find({
    collection: 'watchlist-items',
    ...ownRows(viewer, locale),
    sort: '-createdAt',
    limit,
    select: { movie: true },
  })
  return docs
}

/** Films the account asked to be told about (notify me), newest first; mailed ones carry `notifiedAt`. */
export async function notifyRequests({ payload, viewer, locale, limit }: Shelf) {
  const { docs } = await payload.find({
    collection: 'notify-requests',
    ...ownRows(viewer, locale),
    sort: '-createdAt',
    limit,
    select: { movie: true, notifiedAt: true },
  })
  return docs
}

export type ActiveRentalRow = Awaited<ReturnType<typeof activeRentals>>[number]
export type ProgressRow = Awaited<ReturnType<typeof filmsInProgress>>[number]
/** What GET /api/rentals/mine (ActiveRentalRow) and /api/watch-progress/mine (ProgressRow) answer. */
export type OwnRowsAnswer<Row> = { docs: Row[] }
