import { z } from 'zod'

const tmdbMovieUrl = /^https?:\/\/(www\.)?themoviedb\.org\/movie\/(\d+)(?:[-/?#].*)?$/i

/** `{ "tmdbId": 12345 }` or `{ "url": "https://www.themoviedb.org/movie/12345-..." }`. */
export const importRequest = z.union([
  z.object({ tmdbId: z.number({ error: 'tmdbId must be a number' }).int().positive() }).strict(),
  z
    .object({
      url: z
        .string({ error: 'url must be a string' })
        .trim()
        .regex(tmdbMovieUrl, 'url must be a TMDB movie address, like https://www.themoviedb.org/movie/12345'),
    })
    .strict(),
])

export function tmdbIdFrom(request: z.infer<typeof importRequest>): number {
  return 'tmdbId' in request ? request.tmdbId : Number(tmdbMovieUrl.exec(request.url)![2])
}

/** Parses a body; on failure, the first problem with the field it concerns. */
export function parseImportRequest(body: unknown): { tmdbId: number } | { error: { message: string; field: string } } {
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    const record = body as Record<string, unknown>
    const field = 'url' in record ? 'url' : 'tmdbId'
    const only = 'url' in record ? { url: record.url } : { tmdbId: record.tmdbId }
    if (Object.keys(record).length > 1) {
      return { error: { field: Object.keys(record).find((k) => k !== field) ?? field, message: 'Send either tmdbId or url, nothing else.' } }
    }
    const parsed = importRequest.safeParse(only)
    if (parsed.success) return { tmdbId: tmdbIdFrom(parsed.data) }
    const issue = parsed.error.issues.find((i) => i.code !== 'invalid_union') ?? parsed.error.issues[0]
    const unionIssue = issue as { errors?: { message: string }[][] }
    const message =
      record[field] === undefined
        ? `${field} is required`
        : (unionIssue.errors?.flat().find((e) => e.message)?.message ?? issue?.message ?? `${field} is invalid`)
    return { error: { field, message } }
  }
  return { error: { field: 'tmdbId', message: 'Send a JSON object: { "tmdbId": 12345 } or { "url": "https://www.themoviedb.org/movie/12345" }.' } }
}
