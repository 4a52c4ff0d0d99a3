import { spawn } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { audioBitrate, segmentSeconds, widthFor, type Rung } from './ladder'
import { VideoFailure } from './failures'
import type { SourceInfo } from './probe'
import { spriteFilter, thumbnailFiles, thumbnailPlan, thumbnailTrack } from './thumbnails'

export type TranscodeRequest = {
  source: string
  info: SourceInfo
  rungs: Rung[]
  /** An empty local folder; the ladder is written here, then copied to video storage. */
  outDir: string
  /** Called with 0–100 as ffmpeg advances through the source. */
  onProgress?: (percent: number) => void
}

export const masterPlaylistName = 'master.m3u8'

/**
 * ffmpeg's arguments for the whole ladder in one pass (the source is decoded once): H.264 + AAC
 * HLS, `segmentSeconds` segments, and the seek-preview sprite as a second output.
 * Keyframes are aligned across rungs: a fixed GOP of one segment, no scene-cut keyframes, and a
 * keyframe forced at every segment boundary, so a player switching rungs lands on a keyframe.
 */
export function ladderArguments({ source, info, rungs, outDir }: TranscodeRequest): string[] {
  const gop = Math.max(1, Math.round(segmentSeconds * info.framesPerSecond))
  const plan = thumbnailPlan(info.durationSeconds, widthFor(90, info))
  const labels = rungs.map((_, index) => `[v${index}]`)
  const scaled = rungs.map(
    (rung, index) => `[s${index}]scale=${widthFor(rung.height, info)}:${rung.height}${labels[index]}`,
  )
  const filter = [
    `[0:v:0]split=${rungs.length + 1}${rungs.map((_, index) => `[s${index}]`).join('')}[t]`,
    ...scaled,
    `[t]${spriteFilter(plan)}[sprite]`,
  ].join(';')
  const perRung = rungs.flatMap((rung, index) => [
    '-map',
    labels[index]!,
    ...(info.hasAudio ? ['-map', '0:a:0'] : []),
    `-b:v:${index}`,
    String(rung.bandwidth),
    `-maxrate:v:${index}`,
    String(Math.round(rung.bandwidth * 1.1)),
    `-bufsize:v:${index}`,
    String(rung.bandwidth * 2),
  ])
  const streamMap = rungs
    .map((rung, index) => `v:${index}${info.hasAudio ? `,a:${index}` : ''},name:${rung.name}`)
    .join(' ')
  return [
    ...['-hide_banner', '-nostdin', '-loglevel', 'error', '-nostats', '-progress', 'pipe:1', '-y'],
    ...['-i', source, '-filter_complex', filter],
    ...perRung,
    ...['-c:v', 'libx264', '-preset', 'veryfast', '-profile:v', 'main', '-pix_fmt', 'yuv420p'],
    ...['-g', String(gop), '-keyint_min', String(gop), '-sc_threshold', '0'],
    ...['-force_key_frames', `expr:gte(t,n_forced*${segmentSeconds})`],
    ...(info.hasAudio ? ['-c:a', 'aac', '-b:a', String(audioBitrate), '-ac', '2'] : []),
    ...['-f', 'hls', '-hls_time', String(segmentSeconds), '-hls_playlist_type', 'vod'],
    ...['-hls_flags', 'independent_segments', '-hls_segment_type', 'mpegts'],
    ...['-hls_segment_filename', path.join(outDir, '%v', 'segment_%05d.ts')],
    ...['-master_pl_name', masterPlaylistName, '-var_stream_map', streamMap],
    path.join(outDir, '%v', 'index.m3u8'),
    ...['-map', '[sprite]', '-frames:v', '1', '-q:v', '5', '-update', '1'],
    path.join(outDir, thumbnailFiles.sprite),
  ]
}

/** Transcodes the source into the ladder and its thumbnails; an ffmpeg failure is a VideoFailure. */
export async function transcodeLadder(request: TranscodeRequest): Promise<void> {
  await mkdir(request.outDir, { recursive: true })
  const args = ladderArguments(request)
  const durationMicros = request.info.durationSeconds * 1_000_000
  await new Promise<void>((resolve, reject) => {
    const ffmpeg = spawn('ffmpeg', args, { stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    let lastPercent = -1
    ffmpeg.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)))
    ffmpeg.stdout.on('data', (chunk: Buffer) => {
      for (const match of chunk.toString().matchAll(/out_time_us=(\d+)/g)) {
        const percent = Math.min(99, Math.floor((Number(match[1]) / durationMicros) * 100))
        if (percent > lastPercent) request.onProgress?.((lastPercent = percent))
      }
    })
    ffmpeg.on('error', (error) => reject(new VideoFailure('transcoding', error.message)))
    ffmpeg.on('close', (code, signal) => {
      if (code === 0) resolve()
      else reject(new VideoFailure('transcoding', `ffmpeg ${signal ?? `exited ${code}`}: ${stderr.trim()}`))
    })
  })
  const plan = thumbnailPlan(request.info.durationSeconds, widthFor(90, request.info))
  await writeFile(path.join(request.outDir, thumbnailFiles.track), thumbnailTrack(plan, request.info.durationSeconds))
}
