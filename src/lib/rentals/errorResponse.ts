import { RentalError } from './errors'

/** A rental refusal as the JSON error integrators know; anything else is our fault, logged, and a 500. */
export function rentalErrorResponse(error: unknown, logger: { error: (obj: unknown, msg?: string) => void }, headers?: HeadersInit): Response {
  if (error instanceof RentalError) {
    const body = { errors: [{ message: error.message, ...(error.field && { field: error.field }) }], ...error.extra }
    return Response.json(body, { status: error.status, headers })
  }
  logger.error({ err: error }, 'rental request failed')
  return Response.json({ errors: [{ message: 'Something went wrong on our side; nothing was charged.' }] }, { status: 500, headers })
}
