import type { AfterErrorHook } from 'payload'
import { isTooManyAttempts, retryAfterHeader } from './rateLimiter'

/**
 * Every 429 of ours, thrown from a hook or an endpoint, answers with Retry-After. Payload builds the
 * error response after this hook, from the request's response headers.
 */
export const retryAfterOnRefusal: AfterErrorHook = ({ error, req }) => {
  if (!isTooManyAttempts(error)) return
  const headers = new Headers(req.responseHeaders)
  for (const [name, value] of Object.entries(retryAfterHeader(error))) headers.set(name, value)
  req.responseHeaders = headers
}
