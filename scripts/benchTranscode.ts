/**
 * `npm run bench -- --transcode`: how fast this machine turns 1080p source into the whole ladder
 * (every rung of src/lib/video/ladder.ts, plus the seek-preview sprite), with the transcoding job's
 * own ffmpeg arguments. Prints seconds of source transcoded per second of wall clock, and what that
 * means for an hour of film. BENCH_TRANSCODE_SECONDS (60) and BENCH_TRANSCODE_FPS (24) shape the
 * generated source: ffmpeg's `testsrc` pattern with a moving clock, and a `sine` tone.
 */
import { execFileSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { filmLadder, rungsFor } from '../src/lib/video/ladder'
import { probeSource } from '../src/lib/video/probe'
import { transcodeLadder } from '../src/lib/video/transcode'

const seconds = Number(process.env.BENCH_TRANSCODE_SECONDS || 60)
const fps = Number(process.env.BENCH_TRANSCODE_FPS || 24)

export async function benchTranscode(): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lao-bench-transcode-'))
  try {
    const source = path.join(dir, 'source.mp4')
    console.log(`Making ${seconds} s of 1080p${fps} source (testsrc + sine)…`)
    execFileSync('ffmpeg', [
      ...['-hide_banner', '-loglevel', 'error', '-y'],
      ...['-f', 'lavfi', '-i', `testsrc2=size=1920x1080:rate=${fps}:duration=${seconds}`],
      ...['-f', 'lavfi', '-i', `sine=frequency=440:duration=${seconds}`],
      ...['-c:v', 'libx264', '-preset', 'veryfast', '-crf', '18', '-pix_fmt', 'yuv420p', '-c:a', 'aac', source],
    ])
    const info = await probeSource(source)
    const rungs = rungsFor(filmLadder, info.height)
    console.log(
      `Transcoding into ${rungs.map((rung) => rung.name).join(', ')} + thumbnails on ${os.cpus().length} cores…`,
    )
    const started = performance.now()
    await transcodeLadder({ source, info, rungs, outDir: path.join(dir, 'ladder') })
    const wall = (performance.now() - started) / 1000
    const speed = info.durationSeconds / wall
    console.log(
      `\n${info.durationSeconds.toFixed(0)} s of 1080p${fps} source → whole ladder in ${wall.toFixed(1)} s: ` +
        `${speed.toFixed(2)} s of source per second (${speed.toFixed(2)}× real time)`,
    )
    console.log(`One hour of film: about ${(3600 / speed / 60).toFixed(0)} minutes on this machine, one worker.`)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
