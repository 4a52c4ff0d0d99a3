/**
 * Seek-preview thumbnails: one sprite image of small frames and a WebVTT track whose cues point
 * into it (`thumbnails.jpg#xywh=x,y,w,h`), as the Vidstack time slider reads them.
 */
export const thumbnailFiles = { sprite: 'thumbnails.jpg', track: 'thumbnails.vtt' } as const

export const thumbnailHeight = 90
const columns = 10
/** A two-hour film gets a frame every 18 s: about 400 frames, one sprite of a few hundred KB. */
const maxFrames = 400

export type ThumbnailPlan = { intervalSeconds: number; frames: number; columns: number; rows: number; width: number }

export function thumbnailPlan(durationSeconds: number, width: number): ThumbnailPlan {
  const intervalSeconds = Math.max(2, Math.ceil(durationSeconds / maxFrames))
  const frames = Math.max(1, Math.ceil(durationSeconds / intervalSeconds))
  return { intervalSeconds, frames, columns, rows: Math.ceil(frames / columns), width }
}

/** The ffmpeg filter that draws the sprite from the source (one frame per interval, tiled). */
export function spriteFilter(plan: ThumbnailPlan): string {
  return `fps=1/${plan.intervalSeconds},scale=${plan.width}:${thumbnailHeight},tile=${plan.columns}x${plan.rows}`
}

export function thumbnailTrack(plan: ThumbnailPlan, durationSeconds: number): string {
  const cues = Array.from({ length: plan.frames }, (_, index) => {
    const start = index * plan.intervalSeconds
    const end = Math.min(durationSeconds, start + plan.intervalSeconds)
    const x = (index % plan.columns) * plan.width
    const y = Math.floor(index / plan.columns) * thumbnailHeight
    const region = `${x},${y},${plan.width},${thumbnailHeight}`
    return `${timestamp(start)} --> ${timestamp(end)}\n${thumbnailFiles.sprite}#xywh=${region}`
  })
  return `WEBVTT\n\n${cues.join('\n\n')}\n`
}

function timestamp(seconds: number): string {
  const ms = Math.round(seconds * 1000)
  const pad = (value: number, size = 2) => String(value).padStart(size, '0')
  const [hours, minutes, secs] = [Math.floor(ms / 3_600_000), Math.floor(ms / 60_000) % 60, Math.floor(ms / 1000) % 60]
  return `${pad(hours)}:${pad(minutes)}:${pad(secs)}.${pad(ms % 1000, 3)}`
}
