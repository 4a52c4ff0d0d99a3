import type { PaginatedDocs } from 'payload'
import type { z } from 'zod'
import type { checkoutBody } from '../../collections/Payments/endpoints/checkout'
import type { ChangeEmailAnswer, changeEmailBody } from '../../collections/Users/endpoints/changeEmail'
import type { SendAgainAnswer } from '../../collections/WebhookDeliveries/endpoints/sendAgain'
import type { progressBody } from '../../collections/WatchProgress/endpoints/saveProgressEndpoint'
import type { NotifyRequest, User, WatchlistItem } from '../../payload-types'
import type { Locale } from '@/i18n/locales'
import type { BrowseResult, GenreRow } from '@/lib/catalogue'
import type { PublicErrorBody, PublicErrorItem } from '@/lib/http/errorResponse'
import type { CheckoutAnswer } from '@/lib/rentals/checkout'
import type { PaymentStatusAnswer } from '@/lib/rentals/paymentStatus'
import type { RentalState } from '@/lib/rentals/viewerRentals'
import type { ActiveRentalRow, OwnRowsAnswer, ProgressRow } from '@/lib/viewer/viewerLibrary'

/**
 * The browser's one way to the server: a function per endpoint the islands call. Answer and request
 * types are imported (as types only, so no server code reaches the bundle) from the code that
 * produces them, so changing an answer breaks the typecheck here rather than an island at runtime.
 * A refusal comes back as the one public error shape; a network failure as status 0 with no errors.
 */
export type ApiResult<T> =
  { ok: true; status: number; data: T } | { ok: false; status: number; errors: PublicErrorItem[] }

type Options = { query?: Record<string, string | number>; body?: unknown; keepalive?: boolean; signal?: AbortSignal }

async function call<T>(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, options: Options = {}) {
  const query = options.query && new URLSearchParams(Object.entries(options.query).map(([k, v]) => [k, String(v)]))
  try {
    const response = await fetch(query ? `${path}?${query}` : path, {
      method,
      credentials: 'same-origin',
      cache: 'no-store',
      headers: options.body === undefined ? undefined : { 'Content-Type': 'application/json' },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      keepalive: options.keepalive,
      signal: options.signal,
    })
    const json: unknown = await response.json().catch(() => null)
    const result: ApiResult<T> = response.ok
      ? { ok: true, status: response.status, data: json as T }
      : { ok: false, status: response.status, errors: (json as Partial<PublicErrorBody> | null)?.errors ?? [] }
    return result
  } catch {
    return { ok: false, status: 0, errors: [] } as ApiResult<T>
  }
}

/** Payload's validation errors name each field at fault in `data.errors`. */
export function invalidFields(error: PublicErrorItem | undefined): { path: string; message: string }[] {
  const listed = error?.data?.errors
  return Array.isArray(listed) ? listed.filter((e) => typeof e?.path === 'string') : []
}

export function retryAfterSeconds(error: PublicErrorItem | undefined): number | null {
  const seconds = error?.data?.retryAfterSeconds
  return typeof seconds === 'number' ? seconds : null
}

// The catalogue

/** The home page's genre rows below the fold (collections/Movies/endpoints/homeRows.ts). */
export const homeGenreRows = (locale: Locale, signal?: AbortSignal) =>
  call<GenreRow[]>('GET', '/api/movies/home-rows', { query: { locale }, signal })

/** One page of a search's results (collections/Movies/endpoints/searchFilms.ts). */
export const searchFilms = (locale: Locale, q: string, signal?: AbortSignal) =>
  call<BrowseResult>('GET', '/api/movies/search', { query: { locale, q }, signal })

// Renting

export const rentalStatus = (movieId: number) =>
  call<RentalState>('GET', '/api/rentals/status', { query: { movie: movieId } })

export const startCheckout = (body: z.input<typeof checkoutBody>) =>
  call<CheckoutAnswer>('POST', '/api/payments/checkout', { body })

export const paymentStatus = (paymentId: number) =>
  call<PaymentStatusAnswer>('GET', `/api/payments/${paymentId}/status`)

// The viewer's own rows

export const myRentals = (locale: Locale, signal?: AbortSignal) =>
  call<OwnRowsAnswer<ActiveRentalRow>>('GET', '/api/rentals/mine', { query: { locale }, signal })

export const myProgress = (locale: Locale, signal?: AbortSignal) =>
  call<OwnRowsAnswer<ProgressRow>>('GET', '/api/watch-progress/mine', { query: { locale }, signal })

export const saveProgress = (body: z.input<typeof progressBody>, options: { keepalive?: boolean } = {}) =>
  call<unknown>('POST', '/api/watch-progress/save', { body, keepalive: options.keepalive })

// The watchlist (Payload's own REST API for the collection)

export const myWatchlist = (locale: Locale, signal?: AbortSignal) =>
  call<PaginatedDocs<WatchlistItem>>('GET', '/api/watchlist-items', {
    query: { locale, depth: 2, limit: 12, sort: '-createdAt' },
    signal,
  })

export const findWatchlistItem = (movieId: number) =>
  call<PaginatedDocs<WatchlistItem>>('GET', '/api/watchlist-items', {
    query: { 'where[movie][equals]': movieId, depth: 0, limit: 1 },
  })

export const addToWatchlist = (movieId: number) =>
  call<{ doc: WatchlistItem; message: string }>('POST', '/api/watchlist-items', { body: { movie: movieId } })

export const removeFromWatchlist = (itemId: number) =>
  call<{ doc: WatchlistItem; message: string }>('DELETE', `/api/watchlist-items/${itemId}`)

// Notify me (Payload's own REST API for the collection)

export const findNotifyRequest = (movieId: number) =>
  call<PaginatedDocs<NotifyRequest>>('GET', '/api/notify-requests', {
    query: { 'where[movie][equals]': movieId, depth: 0, limit: 1 },
  })

export const askToBeNotified = (movieId: number, locale: Locale) =>
  call<{ doc: NotifyRequest; message: string }>('POST', '/api/notify-requests', { body: { movie: movieId, locale } })

export const cancelNotifyRequest = (requestId: number) =>
  call<{ doc: NotifyRequest; message: string }>('DELETE', `/api/notify-requests/${requestId}`)

// Accounts (Payload's auth REST API, and our change-email endpoint)

export const me = () => call<{ user: User | null }>('GET', '/api/users/me')

type AccountFields = Partial<Pick<User, 'displayName' | 'preferredLocale' | 'preferredSubtitleLocale'>>

export const signUp = (body: AccountFields & { email: string; password: string }) =>
  call<{ doc: User; message: string }>('POST', '/api/users', { body })

export const logIn = (body: { email: string; password: string }) =>
  call<{ user: User; message: string }>('POST', '/api/users/login', { body })

export const logOut = (options: { everywhere?: boolean } = {}) =>
  call<{ message: string }>('POST', '/api/users/logout', {
    query: options.everywhere ? { allSessions: 'true' } : undefined,
  })

export const forgotPassword = (email: string) =>
  call<{ message: string }>('POST', '/api/users/forgot-password', { body: { email } })

export const resetPassword = (body: { token: string; password: string }) =>
  call<{ user: User; message: string }>('POST', '/api/users/reset-password', { body })

export const updateAccount = (userId: number, body: AccountFields & { password?: string; currentPassword?: string }) =>
  call<{ doc: User; message: string }>('PATCH', `/api/users/${userId}`, { body })

export const changeEmail = (body: z.input<typeof changeEmailBody>) =>
  call<ChangeEmailAnswer>('POST', '/api/users/change-email', { body })

export const deleteAccount = (userId: number) => call<{ message: string }>('DELETE', `/api/users/${userId}`)

// Admin: webhooks

export const sendWebhookAgain = (deliveryId: number) =>
  call<SendAgainAnswer>('POST', `/api/webhook-deliveries/${deliveryId}/send-again`)
