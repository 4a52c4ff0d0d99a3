import { getPayload, type SanitizedConfig } from 'payload'
import { withKeyCheckedAtEdge } from '../apiKeys/checkedAtEdge'
import { checkPresentedKey } from '../apiKeys/checkPresentedKey'
import { answerCatalogueRead, isAnonymousCatalogueRead } from './catalogueReads'
import { errorBody } from './errorResponse'
import { PublicError, publicErrorResponse } from './errors'
import { readBodyText } from './parse'

/**
 * What any request to /api may carry. Checked before Payload reads anything, so a hostile request
 * is refused in microseconds, holds no memory beyond these limits and never reaches SQL.
 */
export const apiLimits = {
  /** A JSON (or other non-upload) body. Payload documents are a few KB; 1 MiB is generous. */
  jsonBodyBytes: 1024 * 1024,
  /** A multipart upload (images, subtitles), declared by Content-Length. */
  uploadBodyBytes: 25 * 1024 * 1024,
  /** Nesting of a JSON body: Payload's deepest documents (blocks in arrays) stay far below. */
  jsonDepth: 32,
  /** The query string, in bytes. */
  queryBytes: 8 * 1024,
} as const

// Payload answers 500 for these instead of refusing them: a negative page is a negative OFFSET,
// and the geo operators reach PostgreSQL on columns that are not points (we have none).
const numericParams: Record<string, RegExp> = { page: /^[1-9]\d{0,8}$/, limit: /^\d{1,9}$/, depth: /^\d{1,2}$/ }
const geoOperator = /\[(near|within|intersects)\]/

type Handler<C extends unknown[]> = (request: Request, ...context: C) => Promise<Response>

/**
 * Wraps one of Payload's route handlers (REST or GraphQL): the request is checked against
 * `apiLimits` and the malformed input Payload would answer with a 500 is refused with a 4xx
 * `{ errors: [{ message, field? }] }`.
 */
export function guardApi<C extends unknown[]>(handler: Handler<C>, config: Promise<SanitizedConfig>): Handler<C> {
  return async (request, ...context) => {
    const url = new URL(request.url)
    let checked: Request
    let presented: Awaited<ReturnType<typeof checkPresentedKey>>
    try {
      checked = await checkedRequest(request, url)
      checkRouteExists(url.pathname, await config)
      presented = await checkPresentedKey(request.headers, async () => getPayload({ config: await config }))
    } catch (error) {
      if (error instanceof PublicError) return publicErrorResponse(error)
      throw error
    }
    const handle = () => handler(checked, ...context)
    const response = isAnonymousCatalogueRead(request, url)
      ? await answerCatalogueRead(request, url, await config, handle)
      : presented
        ? await withKeyCheckedAtEdge(presented.key, presented.owner, handle)
        : await handle()
    if (response.status === 500 && request.method === 'GET' && /^\/api\/[^/]+\/file\//.test(url.pathname)) {
      // Payload answers a file missing from the disk with a 500 on purpose (a page of its logs says
      // which); to the caller there is simply no such file.
      return publicErrorResponse(new PublicError(404, 'There is no such file.', 'filename'))
    }
    return response.status >= 400 ? inErrorsShape(response) : response
  }
}

/**
 * A few of Payload's own refusals (jobs, "not implemented") answer `{ message }`; integrators get
 * every refusal as `{ errors: [{ message }] }`.
 */
async function inErrorsShape(response: Response): Promise<Response> {
  let body: unknown
  try {
    body = await response.clone().json()
  } catch {
    body = undefined
  }
  if (body && typeof body === 'object' && Array.isArray((body as { errors?: unknown }).errors)) return response
  const message = (body as { message?: unknown } | undefined)?.message
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  headers.set('content-type', 'application/json')
  return new Response(
    JSON.stringify(errorBody(typeof message === 'string' ? message : response.statusText || `HTTP ${response.status}`)),
    { status: response.status, headers },
  )
}

async function checkedRequest(request: Request, url: URL): Promise<Request> {
  checkPath(url.pathname)
  checkQuery(url)
  if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return request

  const contentType = request.headers.get('content-type') ?? ''
  if (contentType.startsWith('multipart/form-data')) {
    // Not read here: Payload streams uploads, and stops at the same limit (payload.config.ts).
    if (Number(request.headers.get('content-length') ?? 0) > apiLimits.uploadBodyBytes) {
      throw new PublicError(413, `An upload may be at most ${apiLimits.uploadBodyBytes} bytes.`)
    }
    return request
  }
  const raw = await readBodyText(request, apiLimits.jsonBodyBytes)
  const headers = new Headers(request.headers)
  let body = raw
  if (!raw.trim() && request.method !== 'DELETE') {
    // An empty write is an empty object: Payload then names the missing fields (400) instead of
    // failing on `undefined` data (500).
    body = '{}'
    if (!contentType) headers.set('content-type', 'application/json')
  } else if (contentType.includes('json')) {
    checkJson(raw)
  }
  headers.delete('content-length')
  return new Request(url, { method: request.method, headers, body, signal: request.signal })
}

/**
 * Payload serves /versions on every collection and global and /verify on every auth collection, and answers
 * them with a 500 where the feature is off (the table or column does not exist): there, the route
 * does not exist.
 */
function checkRouteExists(pathname: string, config: SanitizedConfig): void {
  const [, api, ...rest] = pathname.split('/')
  if (api !== 'api') return
  const isGlobal = rest[0] === 'globals'
  const [slug, route] = isGlobal ? rest.slice(1) : rest
  if (route !== 'versions' && route !== 'verify') return
  const entity = (isGlobal ? config.globals : config.collections).find((candidate) => candidate.slug === slug)
  if (!entity) return
  if (route === 'versions' && !entity.versions) throw new PublicError(404, `${slug} keeps no versions.`, 'path')
  if (route === 'verify' && !isGlobal && !(entity as SanitizedConfig['collections'][number]).auth?.verify) {
    throw new PublicError(404, `${slug} does not verify emails.`, 'path')
  }
}

function checkPath(pathname: string): void {
  try {
    decodeURIComponent(pathname)
  } catch {
    throw new PublicError(400, 'The address is not valid percent-encoding.', 'path')
  }
  if (pathname.includes('%00')) throw new PublicError(400, 'The address must not contain NUL characters.', 'path')
  // No id, slug or file name is longer; a longer one would reach the file system as ENAMETOOLONG.
  if (pathname.split('/').some((segment) => Buffer.byteLength(decodeURIComponent(segment)) > 255)) {
    throw new PublicError(400, 'Each part of the address may be at most 255 bytes.', 'path')
  }
}

function checkQuery(url: URL): void {
  if (url.search.length > apiLimits.queryBytes)
    throw new PublicError(414, `The query string may be at most ${apiLimits.queryBytes} bytes.`)
  for (const [key, value] of url.searchParams) {
    if (key.includes('\0') || value.includes('\0'))
      throw new PublicError(400, `${key}: must not contain NUL characters`, key)
    const pattern = numericParams[key]
    if (pattern && !pattern.test(value))
      throw new PublicError(400, `${key}: must be a whole number${key === 'page' ? ' from 1' : ''}`, key)
    if (geoOperator.test(key)) throw new PublicError(400, `${key}: geographic operators are not supported here`, key)
  }
}

function checkJson(raw: string): void {
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    throw new PublicError(400, 'The body is not valid JSON.')
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new PublicError(400, 'The body must be a JSON object.')
  // Iterative, so a 10,000-deep body cannot exhaust the stack on its way to the refusal.
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: '', depth: 0 }]
  while (stack.length) {
    const { value: current, path, depth } = stack.pop()!
    if (typeof current === 'string') {
      if (current.includes('\0')) throw new PublicError(400, `${path}: must not contain NUL characters`, path)
      continue
    }
    if (!current || typeof current !== 'object') continue
    if (depth >= apiLimits.jsonDepth)
      throw new PublicError(400, `The body may nest at most ${apiLimits.jsonDepth} levels deep.`, path || undefined)
    for (const [key, child] of Object.entries(current)) {
      if (key.includes('\0')) throw new PublicError(400, 'Keys must not contain NUL characters.', path || undefined)
      stack.push({ value: child, path: path ? `${path}.${key}` : key, depth: depth + 1 })
    }
  }
}
