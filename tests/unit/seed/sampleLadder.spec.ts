import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { sampleLadder as videoVariants } from '@/lib/video/ladder'

const ladder = path.resolve('samples/video/lao-sample')

const sizeOf = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (total, entry) =>
      total + (entry.isDirectory() ? sizeOf(path.join(dir, entry.name)) : statSync(path.join(dir, entry.name)).size),
    0,
  )

describe('the committed sample HLS ladder', () => {
  const master = readFileSync(path.join(ladder, 'master.m3u8'), 'utf8')
  const streams = [...master.matchAll(/#EXT-X-STREAM-INF:([^\n]+)\n([^\n]+)/g)].map(([, attributes, uri]) => ({
    bandwidth: Number(/BANDWIDTH=(\d+)/.exec(attributes!)?.[1]),
    height: Number(/RESOLUTION=\d+x(\d+)/.exec(attributes!)?.[1]),
    uri: uri!.trim(),
  }))

  it('has the four variants 1080p, 720p, 480p and 360p, best first', () => {
    expect(streams.map((s) => s.height)).toEqual(videoVariants.map((v) => v.height))
    expect(streams.map((s) => s.uri)).toEqual(videoVariants.map((v) => `${v.name}/index.m3u8`))
    for (const [i, stream] of streams.entries())
      expect(stream.bandwidth).toBeGreaterThanOrEqual(videoVariants[i]!.bandwidth)
  })

  it('lasts a minute in every variant (long enough to try resume), every segment present', () => {
    for (const stream of streams) {
      const playlist = readFileSync(path.join(ladder, stream.uri), 'utf8')
      expect(playlist).toContain('#EXT-X-ENDLIST')
      const durations = [...playlist.matchAll(/#EXTINF:([\d.]+)/g)].map((m) => Number(m[1]))
      const total = durations.reduce((a, b) => a + b, 0)
      expect(total).toBeGreaterThanOrEqual(59)
      expect(total).toBeLessThanOrEqual(61)
      for (const segment of playlist.split('\n').filter((line) => line.endsWith('.ts'))) {
        expect(statSync(path.join(ladder, path.dirname(stream.uri), segment)).size).toBeGreaterThan(0)
      }
    }
  })

  it('weighs at most 5 MB in all', () => {
    expect(sizeOf(ladder)).toBeLessThanOrEqual(5 * 1024 * 1024)
  })
})
