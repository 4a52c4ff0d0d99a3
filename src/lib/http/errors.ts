/** Errors in the shape Payload's own REST errors have, so integrators see one error shape. */
export function errorResponse(status: number, message: string, field?: string): Response {
  return Response.json({ errors: [{ message, ...(field && { field }) }] }, { status })
}

/** The request body as JSON, or undefined when it is missing or not JSON. */
export async function jsonBody(req: { json?: () => Promise<unknown> }): Promise<unknown> {
  try {
    return await req.json?.()
  } catch {
    return undefined
  }
}
