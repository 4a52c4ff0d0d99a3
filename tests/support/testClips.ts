import { execFile } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/**
 * Test sources made with Debian's ffmpeg: the `testsrc` pattern and a `sine` tone. A low frame
 * rate keeps transcoding fast on CI while the picture keeps its full height, which is what decides
 * the ladder.
 */
export async function makeClip(
  file: string,
  options: { height: number; seconds: number; fps?: number; audio?: boolean; video?: boolean },
): Promise<string> {
  const width = Math.round((options.height * 16) / 9 / 2) * 2
  const fps = options.fps ?? 5
  const inputs = [
    ...(options.video === false
      ? []
      : ['-f', 'lavfi', '-i', `testsrc=size=${width}x${options.height}:rate=${fps}:duration=${options.seconds}`]),
    ...(options.audio === false ? [] : ['-f', 'lavfi', '-i', `sine=frequency=440:duration=${options.seconds}`]),
  ]
  await run('ffmpeg', [
    ...['-hide_banner', '-loglevel', 'error', '-y', ...inputs],
    ...(options.video === false ? [] : ['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p']),
    ...(options.audio === false ? [] : ['-c:a', 'aac']),
    file,
  ])
  return file
}

/** The first half of a file, as a copy cut off mid-transfer leaves it. */
export async function truncatedCopy(source: string, file: string): Promise<string> {
  const bytes = await readFile(source)
  await writeFile(file, bytes.subarray(0, Math.floor(bytes.length / 2)))
  return file
}

export const clipPath = (dir: string, name: string) => path.join(dir, name)
