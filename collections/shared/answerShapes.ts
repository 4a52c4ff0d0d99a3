import { z } from 'zod'

/** Pieces of our endpoints' answers that several share, for their OpenAPI descriptions. */
export const timestamp = z.string().describe('ISO 8601 date and time')

export const rentalSummary = z.object({ id: z.number().int(), expiresAt: timestamp })

/** `Cache-Control: private, no-store` lists of the caller's own rows (GET …/mine). */
export const ownRows = z.object({ docs: z.array(z.record(z.string(), z.unknown())) })
