import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { VideoStorage } from '../streaming/videoStorage'
import { filmLadder, rungsFor, trailerLadder } from './ladder'
import { probeSource } from './probe'
import { thumbnailFiles } from './thumbnails'
import { masterPlaylistName, transcodeLadder } from './transcode'

export type LadderKind = 'video' | 'trailer'

/** What a film's `video` (or `trailer`) group says of a finished ladder; only the job writes it. */
export type FinishedLadder = {
  masterPlaylist: string
  durationSeconds: number
  variants: { name: string; height: number; bandwidth: number }[]
  thumbnails: string
}

const ladders = { video: filmLadder, trailer: trailerLadder }

/**
 * Turns an uploaded source into a ladder in video storage: ffprobe first (a file that is not a
 * usable video fails here, before any work), then one ffmpeg pass, then the copy to storage under
 * a prefix of its own. Nothing of the film changes here; the caller points the film at the
 * answer once it is complete.
 */
export async function makeLadder(options: {
  source: string
  kind: LadderKind
  /** The storage folder for this ladder, new for every transcode. */
  prefix: string
  storage: VideoStorage
  onProgress?: (percent: number) => void
}): Promise<FinishedLadder> {
  const info = await probeSource(options.source)
  const rungs = rungsFor(ladders[options.kind], info.height)
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'lao-ladder-'))
  try {
    await transcodeLadder({ source: options.source, info, rungs, outDir, onProgress: options.onProgress })
    await options.storage.putFolder(outDir, options.prefix)
  } finally {
    await rm(outDir, { recursive: true, force: true })
  }
  return {
    masterPlaylist: path.posix.join(options.prefix, masterPlaylistName),
    durationSeconds: Math.round(info.durationSeconds * 1000) / 1000,
    variants: rungs.map(({ name, height, bandwidth }) => ({ name, height, bandwidth })),
    thumbnails: path.posix.join(options.prefix, thumbnailFiles.track),
  }
}
