import { errorResponse } from '../http/errors'
import { RentalError } from './errors'

/** A rental refusal as the JSON error integrators know; anything else is our fault, logged, and a 500. */
export function rentalErrorResponse(error: unknown, logger: { error: (obj: unknown, msg?: string) => void }, headers?: HeadersInit): Response {
  if (error instanceof RentalError) return errorResponse(error.status, error.message, error.field, { extra: error.extra, headers })
  logger.error({ err: error }, 'rental request failed')
  return errorResponse(500, 'Something went wrong on our side; nothing was charged.', undefined, { headers })
}
