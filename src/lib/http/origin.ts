import type { PayloadRequest } from 'payload'

/** Where viewers and providers reach the app: the configured public URL, else the request's own origin. */
export const publicOrigin = (req: Pick<PayloadRequest, 'origin'>): string =>
  (process.env.NEXT_PUBLIC_SERVER_URL || req.origin || 'http://localhost:3000').replace(/\/$/, '')
