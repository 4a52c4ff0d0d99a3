import path from 'node:path'
import type { Payload } from 'payload'
import type { Movie, Rental } from '../../../payload-types'
import { publishedMovie } from '../films/publishedMovie'
import { relationId } from '../database/relationId'
import { activeRental, rentalState } from '../rentals/viewerRentals'
import { sameViewer, viewerOwning, type Viewer } from '../viewer/resolveViewer'
import { configuredVideoStorage } from './configuredStorage'
import { rewriteMaster, rewriteVariant, safeLadderName, variantNameOf, variantUris } from './playlists'
import { checkStreamSignature, streamSigner, type StreamGrant } from './streamSignature'
import type { VideoStorage } from './videoStorage'
import { thumbnailFiles } from '../video/thumbnails'

/** What streaming needs of a film: where its ladder and subtitles are. */
type StreamedMovie = Pick<Movie, 'id' | 'video'>

/**
 * The one module that issues stream URLs. The player asks `streamPath(movie)` for the master
 * playlist; the server checks the viewer's rental and lists variant playlists under signed URLs,
 * whose segments are signed URLs too. Every signed URL is bound to the film, the rental (so the
 * viewer) and an expiry, and each request checks that the rental is still running and the caller
 * owns it.
 */
export const streamPath = (movieId: number) => `/api/movies/${movieId}/stream`

/** A film's subtitle track in one language (WebVTT), for a viewer holding a rental. */
export const subtitlePath = (movieId: number, language: string) => `/api/movies/${movieId}/subtitles/${language}`

/** A film's seek-preview track (WebVTT pointing into a sprite beside it), for a viewer holding a rental. */
export const thumbnailsPath = (movieId: number) => `/api/movies/${movieId}/thumbnails/thumbnails.vtt`

/**
 * What the watch page may say of a film's video: whether there is one, its length and subtitle
 * languages. Where the ladder lives stays here; the page only ever hands the player `streamPath`.
 */
export async function videoForWatchPage(payload: Payload, movieId: number) {
  const movie = await publishedMovie(payload, movieId, { fields: ['video', 'originalLanguage'] })
  return {
    playable: Boolean(movie?.video?.masterPlaylist),
    hasThumbnails: Boolean(movie?.video?.thumbnails),
    durationSeconds: movie?.video?.durationSeconds ?? null,
    subtitleLanguages: (movie?.video?.subtitles ?? []).map((track) => track.language),
    originalLanguage: movie?.originalLanguage ?? null,
  }
}

/** How long signed stream URLs live, at most; never past the rental's end. */
const urlLifetimeSeconds = () => Number(process.env.STREAM_URL_LIFETIME_SECONDS || 4 * 3600)

export type StreamRefusal = {
  status: 403 | 404
  reason: 'rental-required' | 'rental-ended' | 'signature-invalid' | 'signature-expired' | 'no-video' | 'not-found'
}
export type StreamAnswer = { body: string; contentType?: string } | { response: Response } | StreamRefusal

type Context = { payload: Payload; viewer: Viewer | null; movieId: number; storage?: VideoStorage; now?: number }

/** The master playlist for a viewer holding a rental of the film. */
export async function masterPlaylist(ctx: Context): Promise<StreamAnswer> {
  const rented = await rentedMovie(ctx)
  if ('status' in rented) return rented
  const { movie, rental } = rented
  const ladder = ladderOf(movie)
  const master = ladder && (await storageOf(ctx).readText(ladder.master))
  if (!master) return { status: 404, reason: 'no-video' }
  const sign = streamSigner(grantFor(movie.id, rental, ctx.now))
  return { body: rewriteMaster(master, (variant) => sign(`${streamPath(movie.id)}/${variant}`)) }
}

/** A variant playlist, through a signed URL from the master playlist. */
export async function variantPlaylist(
  ctx: Context & { variant: string; query: URLSearchParams },
): Promise<StreamAnswer> {
  const variantPath = `${streamPath(ctx.movieId)}/${ctx.variant}`
  const granted = await checkGrant(ctx, variantPath)
  if ('status' in granted) return granted
  const ladder = ladderOf(granted.movie)
  const master = ladder && (await storageOf(ctx).readText(ladder.master))
  const uri = master && variantUris(master).find((candidate) => variantNameOf(candidate) === ctx.variant)
  const variant = uri && (await storageOf(ctx).readText(`${ladder.folder}/${uri}`))
  if (!variant) return { status: 404, reason: 'not-found' }
  const sign = streamSigner(granted.grant)
  return { body: rewriteVariant(variant, (file) => sign(`${variantPath}/${file}`)) }
}

/** A segment, through a signed URL from a variant playlist: its bytes, or a redirect to them. */
export async function segment(
  ctx: Context & { variant: string; file: string; query: URLSearchParams; headers: Headers },
): Promise<StreamAnswer> {
  if (!safeLadderName.test(ctx.variant) || !safeLadderName.test(ctx.file)) return { status: 404, reason: 'not-found' }
  const granted = await checkGrant(ctx, `${streamPath(ctx.movieId)}/${ctx.variant}/${ctx.file}`)
  if ('status' in granted) return granted
  const ladder = ladderOf(granted.movie)
  if (!ladder) return { status: 404, reason: 'no-video' }
  return { response: await storageOf(ctx).deliver(`${ladder.folder}/${ctx.variant}/${ctx.file}`, ctx.headers) }
}

/** A subtitle track; the viewer's cookie or session is checked against the rental on each request. */
export async function subtitleTrack(ctx: Context & { language: string }): Promise<StreamAnswer> {
  const rented = await rentedMovie(ctx)
  if ('status' in rented) return rented
  const row = rented.movie.video?.subtitles?.find((track) => track.language === ctx.language)
  const track =
    row &&
    (await ctx.payload.findByID({
      collection: 'subtitles',
      id: relationId(row.track),
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      select: { vtt: true },
    }))
  if (!track?.vtt) return { status: 404, reason: 'not-found' }
  return { body: track.vtt, contentType: 'text/vtt; charset=utf-8' }
}

/** The seek-preview track or its sprite; like subtitles, checked against the caller's rental on each request. */
export async function thumbnailFile(ctx: Context & { file: string; headers: Headers }): Promise<StreamAnswer> {
  if (!thumbnailFileNames.has(ctx.file)) return { status: 404, reason: 'not-found' }
  const rented = await rentedMovie(ctx)
  if ('status' in rented) return rented
  const track = rented.movie.video?.thumbnails
  if (!track) return { status: 404, reason: 'not-found' }
  const file = path.posix.join(path.posix.dirname(track), ctx.file)
  if (ctx.file !== thumbnailFiles.track) return { response: await storageOf(ctx).deliver(file, ctx.headers) }
  // The track names its sprite relatively, which players resolve against the page, not the track:
  // it is answered with the sprite's own address.
  const stored = await storageOf(ctx).deliver(file, new Headers())
  if (!stored.ok) return { status: 404, reason: 'not-found' }
  const sprite = `/api/movies/${ctx.movieId}/thumbnails/${thumbnailFiles.sprite}`
  const body = (await stored.text()).replaceAll(`${thumbnailFiles.sprite}#`, `${sprite}#`)
  return { body, contentType: 'text/vtt; charset=utf-8' }
}

const thumbnailFileNames = new Set<string>(Object.values(thumbnailFiles))

async function rentedMovie(ctx: Context): Promise<{ movie: StreamedMovie; rental: Rental } | StreamRefusal> {
  const movie = await publishedMovie(ctx.payload, ctx.movieId, { fields: ['video'] })
  if (!movie) return { status: 404, reason: 'not-found' }
  if (!ctx.viewer) return { status: 403, reason: 'rental-required' }
  const rental = await activeRental(ctx.payload, ctx.viewer, movie.id)
  if (rental) return { movie, rental }
  const state = await rentalState(ctx.payload, ctx.viewer, movie.id)
  return { status: 403, reason: state.state === 'expired' ? 'rental-ended' : 'rental-required' }
}

/** The grant of a signed URL, if it is genuine, unexpired, and its rental still runs and is the caller's. */
async function checkGrant(
  ctx: Context & { query: URLSearchParams },
  signedPath: string,
): Promise<{ grant: StreamGrant; movie: StreamedMovie } | StreamRefusal> {
  const signature = checkStreamSignature(signedPath, ctx.movieId, ctx.query, ctx.now)
  if (!signature.ok)
    return { status: 403, reason: signature.reason === 'expired' ? 'signature-expired' : 'signature-invalid' }
  if (!ctx.viewer) return { status: 403, reason: 'rental-required' }
  const rental = await ctx.payload.findByID({
    collection: 'rentals',
    id: signature.grant.rentalId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!rental || !sameViewer(viewerOwning(rental), ctx.viewer)) return { status: 403, reason: 'rental-required' }
  if (relationId(rental.movie) !== ctx.movieId || new Date(rental.expiresAt).getTime() <= (ctx.now ?? Date.now()))
    return { status: 403, reason: 'rental-ended' }
  const movie = await publishedMovie(ctx.payload, ctx.movieId, { fields: ['video'] })
  if (!movie) return { status: 404, reason: 'not-found' }
  return { grant: signature.grant, movie }
}

function grantFor(movieId: number, rental: Rental, now = Date.now()): StreamGrant {
  const rentalEnds = Math.floor(new Date(rental.expiresAt).getTime() / 1000)
  return {
    movieId,
    rentalId: rental.id,
    expiresAt: Math.min(rentalEnds, Math.floor(now / 1000) + urlLifetimeSeconds()),
  }
}

function ladderOf(movie: StreamedMovie): { master: string; folder: string } | null {
  const master = movie.video?.masterPlaylist
  return master ? { master, folder: path.posix.dirname(master) } : null
}

const storageOf = (ctx: Context) => ctx.storage ?? configuredVideoStorage()
