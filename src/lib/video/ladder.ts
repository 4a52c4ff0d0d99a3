/**
 * The one home of the HLS ladders: what the transcoding job makes, what the seed's sample ladder
 * holds, what the README describes. Bandwidths are the video's target bits per second; the master
 * playlist advertises the measured peak, audio included.
 */
export type Rung = { name: string; height: number; bandwidth: number }

/** A film: the design document's four rungs, plus 240p for mobile data. */
export const filmLadder: readonly Rung[] = [
  { name: '1080p', height: 1080, bandwidth: 5_000_000 },
  { name: '720p', height: 720, bandwidth: 2_800_000 },
  { name: '480p', height: 480, bandwidth: 1_400_000 },
  { name: '360p', height: 360, bandwidth: 800_000 },
  { name: '240p', height: 240, bandwidth: 300_000 },
]

/** A trailer: short and played before any payment, so a smaller ladder. */
export const trailerLadder: readonly Rung[] = filmLadder.filter((rung) => rung.height <= 720 && rung.height >= 360)

/** Segment length; every rung's keyframes fall on the same boundaries, so players switch cleanly. */
export const segmentSeconds = 6

/** Audio is the same on every rung: AAC, stereo. */
export const audioBitrate = 128_000

/**
 * The rungs a source of `sourceHeight` lines gets: never upscaled. A source smaller than the
 * smallest rung still gets one rung, at its own height.
 */
export function rungsFor(ladder: readonly Rung[], sourceHeight: number): Rung[] {
  const fitting = ladder.filter((rung) => rung.height <= sourceHeight)
  if (fitting.length) return [...fitting]
  const smallest = ladder.at(-1)!
  const height = Math.max(2, sourceHeight - (sourceHeight % 2))
  return [{ name: `${height}p`, height, bandwidth: Math.round((smallest.bandwidth * height) / smallest.height) }]
}

/** Width for a rung's height at the source's aspect ratio, even (H.264 needs even dimensions). */
export function widthFor(height: number, source: { width: number; height: number }): number {
  const width = Math.round((height * source.width) / source.height)
  return width + (width % 2)
}

/** The committed sample ladder (samples/video, scripts/generate-sample-ladder.sh): the four rungs from 360p up. */
export const sampleLadder: readonly Rung[] = filmLadder.filter((rung) => rung.height >= 360)
