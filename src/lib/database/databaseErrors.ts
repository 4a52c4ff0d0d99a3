/** How long a caller should wait before trying again while the database is away, in seconds. */
export const databaseRetryAfterSeconds = 5

/**
 * What a database error means for the caller. Drizzle wraps the driver's error, so the code may sit
 * on the error itself or somewhere down its `cause` chain.
 */
function codesOf(error: unknown): string[] {
  const codes: string[] = []
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 6; depth++) {
    const { code, message } = current as { code?: unknown; message?: unknown }
    if (typeof code === 'string') codes.push(code)
    if (typeof message === 'string') codes.push(message)
    current = (current as { cause?: unknown }).cause
  }
  return codes
}

// Network failures, PostgreSQL's "connection exception" class (08), and a server shutting down or
// starting up (57P01–57P03): all of them pass when the database is back.
const unavailable = [
  /^ECONNREFUSED$/,
  /^ECONNRESET$/,
  /^ETIMEDOUT$/,
  /^EPIPE$/,
  /^ENOTFOUND$/,
  /^EAI_AGAIN$/,
  /^08\w{3}$/,
  /^57P0[123]$/,
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /^Client has encountered a connection error/,
]

/** True when the database could not be reached: the request may succeed if tried again shortly. */
export const isDatabaseUnavailable = (error: unknown): boolean =>
  codesOf(error).some((code) => unavailable.some((pattern) => pattern.test(code)))

// PostgreSQL's "data exception" class (22): a value out of range (an id past 2³¹−1), malformed
// text for its type, a NUL byte, a negative OFFSET. The request was wrong, not the server.
const badValue = /^22\w{3}$/

/** True when PostgreSQL refused a value the request carried. */
export const isBadValue = (error: unknown): boolean => codesOf(error).some((code) => badValue.test(code))
