import { createHash } from 'node:crypto'
import { sql } from '@payloadcms/db-postgres'
import { getPayload, type SanitizedConfig } from 'payload'
import { sqlFor } from '../database/sqlFor'
import { cdnCacheControl } from './cdnCacheControl'

/**
 * Anonymous reads of the public catalogue over REST (`GET /api/movies`, `/api/movies/:id`, the same
 * for people and genres): the same answer for every anonymous caller until an editor changes the
 * catalogue. They get a strong ETag derived from the catalogue's version and the exact query, a
 * `Cache-Control` a CDN honours, and `If-None-Match` → 304. The instance also keeps the last
 * answers under their ETag, so a repeated read costs one small SQL query instead of Payload's
 * whole read path (access, query, population, afterRead hooks, JSON).
 */
const cataloguePath = /^\/api\/(movies|people|genres)(\/\d{1,10})?\/?$/
/** How many answers an instance keeps (API_READ_CACHE_ENTRIES; 0 keeps none: ETag and 304 only). */
const maxEntries = (): number => {
  const configured = Number(process.env.API_READ_CACHE_ENTRIES)
  return process.env.API_READ_CACHE_ENTRIES?.trim() && Number.isInteger(configured) && configured >= 0
    ? configured
    : 500
}
const maxBodyBytes = 512 * 1024

type Stored = { body: ArrayBuffer; contentType: string }
const answers = new Map<string, Stored>()

/** Whether this request is an anonymous catalogue read whose answer is the same for every such caller. */
export function isAnonymousCatalogueRead(request: Request, url: URL): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  if (!cataloguePath.test(url.pathname)) return false
  // Drafts live in the versions table, which the version below does not follow.
  if (url.searchParams.has('draft')) return false
  if (request.headers.has('authorization')) return false
  return !/(?:^|;\s*)payload-token=/.test(request.headers.get('cookie') ?? '')
}

/**
 * Bumped by a trigger, in the writer's transaction, on every write to films, people, genres and
 * images (migrations/20261201_060100_catalogue_version.ts): media are included because films and
 * people carry their images.
 */
async function catalogueVersion(config: SanitizedConfig): Promise<string> {
  const db = await sqlFor(await getPayload({ config }))
  const { rows } = await db.execute(sql`SELECT version FROM catalogue_version`)
  return String(rows[0]?.version ?? '')
}

const entityTag = (version: string, url: URL) =>
  `"${createHash('sha256').update(`${version}\n${url.pathname}${url.search}`).digest('base64url').slice(0, 32)}"`

function cachingHeaders(etag: string, contentType?: string): Headers {
  const headers = new Headers({
    etag,
    'cache-control': cdnCacheControl(),
    // The answer is the anonymous one: a shared cache must not give it to a signed-in caller.
    vary: 'Authorization, Cookie',
  })
  if (contentType) headers.set('content-type', contentType)
  return headers
}

function remember(etag: string, stored: Stored): void {
  const limit = maxEntries()
  if (stored.body.byteLength > maxBodyBytes || limit === 0) return
  answers.delete(etag)
  answers.set(etag, stored)
  // A Map keeps insertion order: the first key is the least recently used.
  while (answers.size > limit) answers.delete(answers.keys().next().value!)
}

/** Answers an anonymous catalogue read from its ETag (304 or the kept answer), or through `read`. */
export async function answerCatalogueRead(
  request: Request,
  url: URL,
  config: SanitizedConfig,
  read: () => Promise<Response>,
): Promise<Response> {
  let version: string
  try {
    version = await catalogueVersion(config)
  } catch {
    // The database is away (or not migrated): Payload's own read path answers, with its 503.
    return read()
  }
  const etag = entityTag(version, url)
  const ifNoneMatch = request.headers.get('if-none-match')
  if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*'))
    return new Response(null, { status: 304, headers: cachingHeaders(etag) })

  const kept = answers.get(etag)
  if (kept) {
    remember(etag, kept)
    return new Response(request.method === 'HEAD' ? null : kept.body, {
      status: 200,
      headers: cachingHeaders(etag, kept.contentType),
    })
  }
  const response = await read()
  if (response.status !== 200) return response
  const body = await response.arrayBuffer()
  const contentType = response.headers.get('content-type') ?? 'application/json'
  remember(etag, { body, contentType })
  const headers = new Headers(response.headers)
  cachingHeaders(etag, contentType).forEach((value, name) => headers.set(name, value))
  headers.delete('content-length')
  return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers })
}
