import { z } from 'zod'

const tmdbMovieUrl = /^https?:\/\/(www\.)?themoviedb\.org\/movie\/(\d+)(?:[-/?#].*)?$/i

const tmdbId = z.number({ error: 'tmdbId must be a number' }).int().positive()
const url = z
  .string({ error: 'url must be a string' })
  .trim()
  .regex(tmdbMovieUrl, 'url must be a TMDB movie address, like https://www.themoviedb.org/movie/12345')

type ImportRequest = { tmdbId: number } | { error: { message: string; field: string } }

/**
 * `{ "tmdbId": 12345 }` or `{ "url": "https://www.themoviedb.org/movie/12345-..." }`, and nothing
 * else; on failure, the first problem and the field it concerns.
 */
function parseImportRequest(body: unknown): ImportRequest {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    return {
      error: {
        field: 'tmdbId',
        message: 'Send a JSON object: { "tmdbId": 12345 } or { "url": "https://www.themoviedb.org/movie/12345" }.',
      },
    }
  }
  const record = body as Record<string, unknown>
  const field = 'url' in record ? 'url' : 'tmdbId'
  const extra = Object.keys(record).find((key) => key !== field)
  if (extra) return { error: { field: extra, message: 'Send either tmdbId or url, nothing else.' } }
  if (record[field] === undefined) return { error: { field, message: `${field} is required` } }

  const parsed = field === 'url' ? url.safeParse(record.url) : tmdbId.safeParse(record.tmdbId)
  if (!parsed.success) return { error: { field, message: parsed.error.issues[0]?.message ?? `${field} is invalid` } }
  return { tmdbId: typeof parsed.data === 'number' ? parsed.data : Number(tmdbMovieUrl.exec(parsed.data)![2]) }
}

/** The same rules as a schema for `parseBody`: the output is `{ tmdbId }`, a problem names its field. */
export const importRequest = z.unknown().transform((body, ctx) => {
  const parsed = parseImportRequest(body)
  if ('tmdbId' in parsed) return parsed
  ctx.addIssue({ code: 'custom', message: parsed.error.message, path: [parsed.error.field] })
  return z.NEVER
})
