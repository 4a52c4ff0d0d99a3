import { describe, expect, it } from 'vitest'
import { filmLadder, rungsFor, segmentSeconds, trailerLadder, widthFor } from '@/lib/video/ladder'
import { thumbnailPlan, thumbnailTrack } from '@/lib/video/thumbnails'
import { ladderArguments } from '@/lib/video/transcode'

const source = (height: number, framesPerSecond = 24, hasAudio = true) => ({
  durationSeconds: 20,
  width: Math.round((height * 16) / 9),
  height,
  framesPerSecond,
  hasAudio,
})

describe('the ladder', () => {
  it('is the design document’s four rungs plus 240p for mobile data', () => {
    expect(filmLadder.map((rung) => [rung.name, rung.bandwidth])).toEqual([
      ['1080p', 5_000_000],
      ['720p', 2_800_000],
      ['480p', 1_400_000],
      ['360p', 800_000],
      ['240p', 300_000],
    ])
    expect(trailerLadder.map((rung) => rung.name)).toEqual(['720p', '480p', '360p'])
  })

  it('never upscales: a source gets only the rungs at or below its height', () => {
    expect(rungsFor(filmLadder, 1080).map((rung) => rung.name)).toEqual(['1080p', '720p', '480p', '360p', '240p'])
    expect(rungsFor(filmLadder, 720).map((rung) => rung.name)).toEqual(['720p', '480p', '360p', '240p'])
    expect(rungsFor(filmLadder, 1079).map((rung) => rung.name)).toEqual(['720p', '480p', '360p', '240p'])
    expect(rungsFor(trailerLadder, 480).map((rung) => rung.name)).toEqual(['480p', '360p'])
    // Smaller than the smallest rung: one rung at its own height, never blown up.
    expect(rungsFor(filmLadder, 145)).toEqual([{ name: '144p', height: 144, bandwidth: 180_000 }])
  })

  it('keeps the aspect ratio with even widths', () => {
    expect(widthFor(720, { width: 1920, height: 1080 })).toBe(1280)
    expect(widthFor(240, { width: 1920, height: 1080 })).toBe(428)
    expect(widthFor(480, { width: 1440, height: 1080 })).toBe(640)
  })
})

describe('ffmpeg’s arguments', () => {
  const args = (info: ReturnType<typeof source>) =>
    ladderArguments({ source: 'in.mp4', info, rungs: rungsFor(filmLadder, info.height), outDir: '/out' })
  const after = (list: string[], flag: string) => list[list.indexOf(flag) + 1]

  it('align keyframes on 6 s segments: a fixed GOP of 6 s × fps, no scene cuts, forced every 6 s', () => {
    const list = args(source(1080, 25))
    expect(after(list, '-g')).toBe(String(segmentSeconds * 25))
    expect(after(list, '-keyint_min')).toBe(String(segmentSeconds * 25))
    expect(after(list, '-sc_threshold')).toBe('0')
    expect(after(list, '-force_key_frames')).toBe(`expr:gte(t,n_forced*${segmentSeconds})`)
    expect(after(list, '-hls_time')).toBe(String(segmentSeconds))
    expect(after(list, '-c:v')).toBe('libx264')
    expect(after(list, '-c:a')).toBe('aac')
  })

  it('name one HLS stream per rung, with its bandwidth', () => {
    const list = args(source(720))
    expect(after(list, '-var_stream_map')).toBe(
      'v:0,a:0,name:720p v:1,a:1,name:480p v:2,a:2,name:360p v:3,a:3,name:240p',
    )
    expect(after(list, '-b:v:0')).toBe('2800000')
    expect(after(list, '-b:v:3')).toBe('300000')
    expect(list.join(' ')).not.toContain('1080')
  })

  it('leave audio out of a silent source', () => {
    const list = args(source(360, 24, false))
    expect(after(list, '-var_stream_map')).toBe('v:0,name:360p v:1,name:240p')
    expect(list).not.toContain('-c:a')
  })
})

describe('seek-preview thumbnails', () => {
  it('are one frame every 2 s for a short film, cues pointing into a 10-column sprite', () => {
    const plan = thumbnailPlan(25, 160)
    expect(plan).toMatchObject({ intervalSeconds: 2, frames: 13, columns: 10, rows: 2 })
    const track = thumbnailTrack(plan, 25)
    expect(track.startsWith('WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nthumbnails.jpg#xywh=0,0,160,90')).toBe(true)
    expect(track).toContain('00:00:20.000 --> 00:00:22.000\nthumbnails.jpg#xywh=0,90,160,90')
    expect(track.trim().endsWith('00:00:24.000 --> 00:00:25.000\nthumbnails.jpg#xywh=320,90,160,90')).toBe(true)
  })

  it('stay at most 400 frames for a long film', () => {
    const plan = thumbnailPlan(2 * 3600, 160)
    expect(plan.frames).toBeLessThanOrEqual(400)
    expect(plan.intervalSeconds).toBe(18)
    expect(thumbnailTrack(plan, 7200)).toContain('01:59:42.000 --> 02:00:00.000')
  })
})
