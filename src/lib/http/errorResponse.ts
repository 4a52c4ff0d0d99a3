/**
 * The shape of every error answer, the one Payload's own REST errors have, so integrators see one
 * error shape: `{ errors: [{ message, field? }] }`. Free of imports, so the proxy can use it too.
 */
export function errorBody(message: string, field?: string, extra?: Record<string, unknown>) {
  return { errors: [{ message, ...(field && { field }) }], ...extra }
}

export function errorResponse(status: number, message: string, field?: string, options: { extra?: Record<string, unknown>; headers?: HeadersInit } = {}): Response {
  return Response.json(errorBody(message, field, options.extra), { status, headers: options.headers })
}
