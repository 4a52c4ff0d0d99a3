import type { AfterErrorHook } from 'payload'
import { databaseRetryAfterSeconds, isBadValue, isDatabaseUnavailable } from '../database/databaseErrors'
import { errorBody } from './errorResponse'
import { PublicError } from './errors'

type Answer = { status: number; body: ReturnType<typeof errorBody>; headers?: HeadersInit }

/**
 * The answer an integrator should get for an error, or undefined to keep Payload's own: our
 * PublicError as `{ errors: [{ message, field? }] }`, a database outage as 503 with Retry-After,
 * and a value PostgreSQL or the URL decoder refused as the caller's 400, never a 500.
 */
function publicAnswerFor(error: unknown): Answer | undefined {
  if (error instanceof PublicError)
    return {
      status: error.status,
      body: errorBody(error.message, error.field, { extra: error.extra, data: error.details }),
      headers: error.headers,
    }
  if (isDatabaseUnavailable(error)) {
    return {
      status: 503,
      body: errorBody('The service is briefly unavailable. Try again in a moment.'),
      headers: { 'Retry-After': String(databaseRetryAfterSeconds) },
    }
  }
  if (isBadValue(error)) return { status: 400, body: errorBody('A value in the request is malformed or out of range.') }
  if (error instanceof URIError)
    return { status: 400, body: errorBody('The address is not valid percent-encoding.', 'path') }
  return undefined
}

/** The config's afterError hook: every REST error of ours and Payload's passes through here. */
export const answerPublicErrors: AfterErrorHook = ({ error, req, graphqlResult }) => {
  if (graphqlResult) return
  const answer = publicAnswerFor(error)
  if (!answer) return
  if (answer.headers) {
    req.responseHeaders ??= new Headers()
    new Headers(answer.headers).forEach((value, name) => req.responseHeaders!.set(name, value))
  }
  return { response: answer.body, status: answer.status }
}
