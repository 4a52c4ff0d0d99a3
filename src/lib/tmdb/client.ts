import type { z } from 'zod'
import { PublicError } from '../http/errors'
import { tmdbConfig, type TmdbConfig } from './config'
import { tmdbError, tmdbMovie, tmdbPerson, type TmdbMovie, type TmdbPerson } from './schemas'

export type TmdbErrorKind = 'not-found' | 'unauthorized' | 'timeout' | 'unavailable' | 'invalid-response'

const statusOf: Record<TmdbErrorKind, number> = {
  'not-found': 404,
  unauthorized: 502,
  timeout: 504,
  unavailable: 502,
  'invalid-response': 502,
}

/** A failure talking to TMDB, answered with the HTTP status that says whose fault it is. */
export class TmdbError extends PublicError {
  constructor(
    readonly kind: TmdbErrorKind,
    message: string,
  ) {
    super(statusOf[kind], message)
  }
}

export type TmdbImage = { data: Buffer; mimetype: string }

/** The one module that talks to TMDB (API v3 and its image server). */
export function createTmdbClient(config: TmdbConfig = tmdbConfig()) {
  if (!config.apiKey) throw new TmdbError('unauthorized', 'TMDB_API_KEY is not set on the server.')

  async function request(url: string): Promise<Response> {
    try {
      return await fetch(url, {
        signal: AbortSignal.timeout(config.timeoutMs),
        headers: { Accept: 'application/json' },
      })
    } catch (error) {
      if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
        throw new TmdbError('timeout', `TMDB did not answer within ${config.timeoutMs / 1000} s.`)
      }
      throw new TmdbError('unavailable', `TMDB could not be reached: ${(error as Error).message}`)
    }
  }

  async function getJson<T>(path: string, schema: z.ZodType<T>, params: Record<string, string> = {}): Promise<T> {
    const url = new URL(`${config.apiBase}${path}`)
    url.searchParams.set('api_key', config.apiKey)
    url.searchParams.set('language', 'en-US')
    for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value)
    const response = await request(url.toString())
    const body = await readJson(response)
    if (!response.ok) throw errorFor(response.status, body, path)
    const parsed = schema.safeParse(body)
    if (!parsed.success) throw new TmdbError('invalid-response', `TMDB answered ${path} in an unexpected shape.`)
    return parsed.data
  }

  return {
    /** Details with credits, images, videos and release dates, in one request. */
    movie: (tmdbId: number): Promise<TmdbMovie> =>
      getJson(`/movie/${tmdbId}`, tmdbMovie, { append_to_response: 'credits,images,videos,release_dates' }),

    person: (tmdbId: number): Promise<TmdbPerson> => getJson(`/person/${tmdbId}`, tmdbPerson),

    async image(filePath: string): Promise<TmdbImage> {
      const response = await request(`${config.imageBase}${filePath}`)
      if (!response.ok)
        throw new TmdbError('unavailable', `TMDB's image server answered ${response.status} for ${filePath}.`)
      const mimetype = response.headers.get('content-type')?.split(';')[0]?.trim() ?? ''
      if (!mimetype.startsWith('image/'))
        throw new TmdbError('invalid-response', `TMDB sent ${filePath} as ${mimetype || 'no type'}.`)
      return { data: Buffer.from(await response.arrayBuffer()), mimetype }
    },
  }
}

export type TmdbClient = ReturnType<typeof createTmdbClient>

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json()
  } catch {
    return undefined
  }
}

function errorFor(status: number, body: unknown, path: string): TmdbError {
  const detail = tmdbError.safeParse(body).data?.status_message
  if (status === 401) return new TmdbError('unauthorized', `TMDB rejected the API key${detail ? `: ${detail}` : '.'}`)
  if (status === 404) return new TmdbError('not-found', `TMDB has no ${path.split('/')[1]} with that id.`)
  return new TmdbError('unavailable', `TMDB answered ${status}${detail ? `: ${detail}` : ''}.`)
}
