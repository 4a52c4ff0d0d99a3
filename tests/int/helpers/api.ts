import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import { graphqlPost } from '@/lib/graphql/graphqlRoute'
import { guardApi } from '@/lib/http/apiEdge'
import { testPayload } from './payload'

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

export type ApiResponse = { status: number; body: any; headers: Headers }

/**
 * In production the server settles X-Forwarded-For to the client's one address before a handler
 * runs (scripts/lib/productionServer.ts). In-process calls have no socket: each comes from an
 * address of its own, so per-address rate limits apply only where a test names the address.
 */
const anotherAddress = () => `198.18.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 254) + 1}`

/**
 * Calls Payload's REST API through the same Next.js route handlers production serves at /api
 * (behind the same guard as src/app/(payload)/api), in-process: an integrator's request and the
 * test's request take the same path.
 */
export async function rest(
  method: Method,
  path: string,
  options: {
    token?: string
    /** An integrator's API key, sent as `Authorization: users API-Key <key>` instead of a JWT. */
    apiKey?: string
    body?: unknown
    rawBody?: string | Uint8Array<ArrayBuffer>
    headers?: Record<string, string>
    bytes?: boolean
  } = {},
): Promise<ApiResponse> {
  const { config } = await testPayload()
  const url = new URL(`http://localhost:3000/api/${path.replace(/^\//, '')}`)
  const slug = url.pathname
    .replace(/^\/api\//, '')
    .split('/')
    .filter(Boolean)
  const handlers = { GET: REST_GET, POST: REST_POST, PATCH: REST_PATCH, DELETE: REST_DELETE }
  const request = new Request(url, {
    method,
    headers: {
      'x-forwarded-for': anotherAddress(),
      ...headers(options.token, options.body !== undefined || options.rawBody !== undefined, options.apiKey),
      ...options.headers,
    },
    body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  })
  const response = await guardApi(handlers[method](config), Promise.resolve(config))(request, {
    params: Promise.resolve({ slug }),
  })
  return {
    status: response.status,
    body: options.bytes ? Buffer.from(await response.arrayBuffer()) : await parse(response),
    headers: response.headers,
  }
}

/** Calls /api/graphql through the route production serves: Payload's, behind our guard, size limits and 400s. */
export async function graphql(
  query: string,
  options: { token?: string; apiKey?: string; variables?: unknown; rawBody?: string | Uint8Array<ArrayBuffer> } = {},
): Promise<ApiResponse> {
  const { config } = await testPayload()
  const request = new Request('http://localhost:3000/api/graphql', {
    method: 'POST',
    headers: headers(options.token, true, options.apiKey),
    body: options.rawBody ?? JSON.stringify({ query, variables: options.variables }),
  })
  const response = await guardApi(graphqlPost(config), Promise.resolve(config))(request)
  return { status: response.status, body: await parse(response), headers: response.headers }
}

function headers(token: string | undefined, json: boolean, apiKey?: string): HeadersInit {
  const authorization = apiKey ? `users API-Key ${apiKey}` : token ? `JWT ${token}` : undefined
  return {
    ...(json ? { 'Content-Type': 'application/json' } : {}),
    ...(authorization ? { Authorization: authorization } : {}),
  }
}

async function parse(response: Response) {
  const text = await response.text()
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}
