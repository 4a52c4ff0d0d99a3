/** Errors in the shape Payload's own REST errors have, so integrators see one error shape. */
export function errorResponse(
  status: number,
  message: string,
  field?: string,
  options: { extra?: Record<string, unknown>; headers?: HeadersInit } = {},
): Response {
  return Response.json({ errors: [{ message, ...(field && { field }) }], ...options.extra }, { status, headers: options.headers })
}

/** The request body as JSON, or undefined when it is missing or not JSON. */
export async function jsonBody(req: { json?: () => Promise<unknown> }): Promise<unknown> {
  try {
    return await req.json?.()
  } catch {
    return undefined
  }
}

/** The body checked against a schema, or the 400 naming the first field that is wrong. */
export function parseBody<T>(schema: { safeParse: (value: unknown) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, body: unknown, defaultField: string): { data: T } | { response: Response } {
  const parsed = schema.safeParse(body ?? {})
  if (parsed.success) return { data: parsed.data }
  const issue = parsed.error.issues[0]!
  const field = issue.path.map(String).join('.') || defaultField
  return { response: errorResponse(400, `${field}: ${issue.message}`, field) }
}

/**
 * The JSON body (undefined when it is not JSON), or a 413 when it is larger than `maxBytes`: the
 * stream is read only up to the limit, so an oversized body, declared or not, is never held whole.
 */
export async function jsonBodyWithin(req: { headers: Headers; body?: ReadableStream<Uint8Array> | null }, maxBytes: number): Promise<{ body: unknown } | { response: Response }> {
  const tooLarge = () => ({ response: errorResponse(413, `The body may be at most ${maxBytes} bytes.`) })
  if (Number(req.headers.get('content-length') ?? 0) > maxBytes) return tooLarge()
  if (!req.body) return { body: undefined }
  const reader = req.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      return tooLarge()
    }
    chunks.push(chunk.value)
  }
  try {
    return { body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }
  } catch {
    return { body: undefined }
  }
}
