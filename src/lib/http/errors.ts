import { APIError } from 'payload'
import { errorResponse, type ErrorOptions } from './errorResponse'

/**
 * The one error a caller is meant to read: a status, a message and, when one field is to blame,
 * its name. Endpoints and hooks throw it; `answerPublicErrors` (the config's afterError hook) turns
 * it into `{ errors: [{ message, field? }] }` for REST, so every refusal has the shape of Payload's
 * own errors. It extends Payload's APIError so that Payload's operations and GraphQL pass it through
 * with its status.
 */
export class PublicError extends APIError {
  readonly field?: string
  readonly extra?: Record<string, unknown>
  readonly details?: Record<string, unknown>
  readonly headers?: HeadersInit

  constructor(status: number, message: string, field?: string, options: ErrorOptions = {}) {
    super(message, status, options.data ?? (field ? { field } : undefined), true)
    // Named outright: production builds mangle class names, and the log level is chosen by name.
    this.name = 'PublicError'
    this.field = field
    this.extra = options.extra
    this.details = options.data
    this.headers = options.headers
  }
}

export const publicErrorResponse = (error: PublicError): Response =>
  errorResponse(error.status, error.message, error.field, {
    extra: error.extra,
    data: error.details,
    headers: error.headers,
  })
