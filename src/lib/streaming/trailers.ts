import path from 'node:path'
import type { Payload } from 'payload'
import { errorResponse } from '../http/errorResponse'
import { publishedMovie } from '../films/publishedMovie'
import { configuredVideoStorage } from './configuredStorage'
import { safeLadderName } from './playlists'
import type { VideoStorage } from './videoStorage'

export { trailerPath } from './trailerPath'

const playlistHeaders = {
  'Content-Type': 'application/vnd.apple.mpegurl',
  // A trailer is the same for everyone; a CDN may keep it a little while.
  'Cache-Control': 'public, max-age=60',
  'X-Content-Type-Options': 'nosniff',
}

/**
 * A published film's trailer, for anyone: its ladder keeps relative URIs, so the player asks for
 * `trailer/master.m3u8`, then `trailer/480p/index.m3u8`, then `trailer/480p/segment_00000.ts`,
 * all under the one public path. Playlists are read and answered here (a redirect would make the
 * player resolve the next URIs against the bucket); segments come from storage (local bytes, or a
 * redirect to a short-lived signed bucket URL).
 */
export async function trailerFile(options: {
  payload: Payload
  movieId: number
  /** `master.m3u8`, or `<variant>/<file>`. */
  parts: string[]
  headers: Headers
  storage?: VideoStorage
}): Promise<Response> {
  const { parts } = options
  const shaped =
    (parts.length === 1 && parts[0] === 'master.m3u8') ||
    (parts.length === 2 && parts.every((part) => safeLadderName.test(part)))
  if (!shaped) return errorResponse(404, 'Not found.')
  const movie = await publishedMovie(options.payload, options.movieId, { fields: ['trailer'] })
  const master = movie?.trailer?.masterPlaylist
  if (!master) return errorResponse(404, 'This film has no trailer.')
  const storage = options.storage ?? configuredVideoStorage()
  const objectPath = path.posix.join(path.posix.dirname(master), ...parts)
  if (objectPath.endsWith('.m3u8')) {
    const playlist = await storage.readText(objectPath)
    return playlist === null ? errorResponse(404, 'Not found.') : new Response(playlist, { headers: playlistHeaders })
  }
  return storage.deliver(objectPath, options.headers)
}
