import type { PayloadRequest } from 'payload'

/**
 * The configured public URL (NEXT_PUBLIC_SERVER_URL) alone, '' when unset: Payload's serverURL,
 * which must not guess.
 */
export const configuredOrigin = (): string => (process.env.NEXT_PUBLIC_SERVER_URL || '').replace(/\/+$/, '')

/**
 * Where viewers and providers reach the app: the configured public URL, else the request's own
 * origin, else the development server's.
 */
export const publicOrigin = (req?: Pick<PayloadRequest, 'origin'>): string =>
  (configuredOrigin() || req?.origin || 'http://localhost:3000').replace(/\/+$/, '')
