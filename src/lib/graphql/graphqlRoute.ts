import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { errorResponse } from '../http/errorResponse'
import { sizeRefusals } from './queryCost'

/**
 * Payload's GraphQL route, with two changes:
 * - a query over the size limits (tokens, fields, top-level fields) is refused before Payload
 *   reads it; graphql's own validation alone, field by field, costs more than the refusal should;
 * - a request refused before it ran (it does not parse, fails validation or is over the cost limits
 *   of ./queryCost) is answered 400. graphql-http answers those with 200 when the caller accepts
 *   `application/json`, and a refusal that looks like success misleads clients, caches and monitors.
 */
export function graphqlPost(config: Parameters<typeof GRAPHQL_POST>[0]) {
  const post = GRAPHQL_POST(config)
  return async (request: Request): Promise<Response> => {
    const refusals = sizeRefusals((await queryOf(request.clone())) ?? '')
    if (refusals?.length) return errorResponse(400, refusals.join(' '))
    const response = await post(request)
    if (response.status !== 200) return response
    const text = await response.text()
    return new Response(text, { status: refusedBeforeRunning(text) ? 400 : 200, headers: response.headers })
  }
}

/** The `query` of a JSON body; anything else is left for Payload to answer. */
async function queryOf(request: Request): Promise<string | undefined> {
  try {
    const body: unknown = await request.json()
    return typeof body === 'object' && body !== null && 'query' in body && typeof body.query === 'string'
      ? body.query
      : undefined
  } catch {
    return undefined
  }
}

/** An answer without `data`: in GraphQL, an operation that ran always has it, even as null. */
function refusedBeforeRunning(text: string): boolean {
  if (!text.startsWith('{"errors"')) return false
  try {
    const body: unknown = JSON.parse(text)
    return typeof body === 'object' && body !== null && !('data' in body)
  } catch {
    return false
  }
}
