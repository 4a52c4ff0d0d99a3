import { execFile } from 'node:child_process'
import { stat } from 'node:fs/promises'
import { promisify } from 'node:util'
import { VideoFailure } from './failures'

const run = promisify(execFile)

/** What transcoding needs to know of a source file, read by ffprobe before anything else. */
export type SourceInfo = {
  durationSeconds: number
  width: number
  height: number
  framesPerSecond: number
  hasAudio: boolean
}

type ProbeStream = {
  codec_type?: string
  width?: number
  height?: number
  avg_frame_rate?: string
  r_frame_rate?: string
  duration?: string
  disposition?: { attached_pic?: number }
}

/** Reads a source's streams and length; a file that is not a usable video is a VideoFailure. */
export async function probeSource(file: string): Promise<SourceInfo> {
  if (!(await stat(file).catch(() => null))?.isFile()) throw new VideoFailure('source-missing', file)
  let output: string
  try {
    const args = ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', file]
    output = (await run('ffprobe', args, { timeout: 120_000, maxBuffer: 16 * 1024 * 1024 })).stdout
  } catch (error) {
    const said = String((error as { stderr?: string }).stderr ?? (error as Error).message).trim()
    // An MP4 cut short loses its index ("moov atom"), which muxers write last.
    throw new VideoFailure(
      /moov atom not found|partial file|end of file/i.test(said) ? 'incomplete' : 'unreadable',
      said,
    )
  }
  const probed = JSON.parse(output) as { streams?: ProbeStream[]; format?: { duration?: string; format_name?: string } }
  const streams = probed.streams ?? []
  // Cover art inside an audio file is a "video" stream of one picture: not a film.
  const video = streams.find((s) => s.codec_type === 'video' && !s.disposition?.attached_pic && s.width && s.height)
  if (!video) throw new VideoFailure('no-video-stream', `streams: ${streams.map((s) => s.codec_type).join(', ')}`)
  const durationSeconds = Number(probed.format?.duration ?? video.duration)
  if (!Number.isFinite(durationSeconds) || durationSeconds <= 0)
    throw new VideoFailure('unreadable', `no duration (${probed.format?.format_name})`)
  return {
    durationSeconds,
    width: video.width!,
    height: video.height!,
    framesPerSecond: frameRate(video.avg_frame_rate) || frameRate(video.r_frame_rate) || 25,
    hasAudio: streams.some((s) => s.codec_type === 'audio'),
  }
}

function frameRate(ratio: string | undefined): number {
  const [numerator, denominator] = (ratio ?? '').split('/').map(Number)
  const rate = denominator ? numerator! / denominator : Number(numerator)
  return Number.isFinite(rate) && rate > 0 && rate < 1000 ? rate : 0
}
