/**
 * The shape of every error answer, the one Payload's own REST errors have, so integrators see one
 * error shape: `{ errors: [{ message, field?, data? }] }` (`data` holds what a program reads, such
 * as `retryAfterSeconds`). Free of imports, so the proxy can use it too.
 */
export function errorBody(
  message: string,
  field?: string,
  options: { extra?: Record<string, unknown>; data?: Record<string, unknown> } = {},
): PublicErrorBody {
  return {
    errors: [{ message, ...(field && { field }), ...(options.data && { data: options.data }) }],
    ...options.extra,
  }
}

/** One refusal as a caller reads it. */
export type PublicErrorItem = { message: string; field?: string; data?: Record<string, unknown> }
export type PublicErrorBody = { errors: PublicErrorItem[] }

export type ErrorOptions = { extra?: Record<string, unknown>; data?: Record<string, unknown>; headers?: HeadersInit }

export function errorResponse(status: number, message: string, field?: string, options: ErrorOptions = {}): Response {
  return Response.json(errorBody(message, field, options), { status, headers: options.headers })
}
