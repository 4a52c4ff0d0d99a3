import { z } from 'zod'
import { PublicError } from './errors'

/** The largest database id PostgreSQL's `integer` holds; anything larger is a bad id, not a lookup. */
const maxId = 2_147_483_647

/**
 * A database id: a positive 32-bit integer, given as a JSON number or as digits. Never `true`
 * (which `Number()` reads as 1), `1e3`, `-1`, `0x10` or 3000000000.
 */
export const id = z
  .union([z.number(), z.string().regex(/^\d{1,10}$/, 'must be a whole number')], { error: 'must be a whole number' })
  .transform(Number)
  .pipe(z.number().int('must be a whole number').min(1, 'must be at least 1').max(maxId, `must be at most ${maxId}`))

/** Text as people type it: bounded, and free of NUL characters, which PostgreSQL cannot store. */
export const text = (maxLength: number) =>
  z
    .string({ error: 'must be text' })
    .max(maxLength, `must be at most ${maxLength} characters`)
    .refine((value) => !value.includes('\0'), 'must not contain NUL characters')

/** How much JSON an endpoint of ours reads unless it says otherwise. */
const defaultBodyLimitBytes = 16 * 1024

type BodySource = { headers: Headers; body?: ReadableStream<Uint8Array> | null }

/**
 * The request's JSON body checked against `schema`. Throws the PublicError integrators read: 413
 * past `maxBytes`, 400 for anything that is not JSON or does not fit, naming the field.
 */
export async function parseBody<S extends z.ZodType>(
  req: BodySource,
  schema: S,
  options: { maxBytes?: number; defaultField?: string } = {},
): Promise<z.output<S>> {
  const raw = await readBodyText(req, options.maxBytes ?? defaultBodyLimitBytes)
  let body: unknown
  try {
    body = raw.length ? JSON.parse(raw) : {}
  } catch {
    throw new PublicError(400, 'The body must be JSON.', options.defaultField)
  }
  return check(schema, body, options.defaultField)
}

/** Path and query parameters checked against `schema`; a bad one is a 400 naming it. */
export function parseParams<S extends z.ZodType>(schema: S, values: Record<string, unknown>): z.output<S> {
  return check(schema, values)
}

/** The query string as a plain object, for `parseParams` (a repeated key keeps its first value). */
export const queryOf = (searchParams: URLSearchParams): Record<string, string> => {
  const query: Record<string, string> = {}
  for (const [key, value] of searchParams) if (!(key in query)) query[key] = value
  return query
}

function check<S extends z.ZodType>(schema: S, value: unknown, defaultField?: string): z.output<S> {
  const parsed = schema.safeParse(value)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]!
  const field = issue.path.map(String).join('.') || defaultField
  throw new PublicError(400, field ? `${field}: ${issue.message}` : issue.message, field)
}

/**
 * The body as UTF-8 text, read only up to `maxBytes`, so an oversized body is never held whole,
 * declared or not: 413 past the limit, 400 when it is not UTF-8.
 */
export async function readBodyText(req: BodySource, maxBytes: number): Promise<string> {
  const tooLarge = () => new PublicError(413, `The body may be at most ${maxBytes} bytes.`)
  if (Number(req.headers.get('content-length') ?? 0) > maxBytes) throw tooLarge()
  if (!req.body) return ''
  const reader = req.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      throw tooLarge()
    }
    chunks.push(chunk.value)
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks))
  } catch {
    throw new PublicError(400, 'The body must be UTF-8 text.')
  }
}
