import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { byteRange, localDiskStorage } from '@/lib/streaming/localDiskStorage'

describe('local disk video storage', () => {
  let root: string
  const segmentBytes = Buffer.from('0123456789abcdefghij')
  const storage = () => localDiskStorage(path.join(root, 'video'))
  const deliver = (objectPath: string, range?: string) =>
    storage().deliver(objectPath, new Headers(range ? { range } : {}))

  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'video-test-'))
    mkdirSync(path.join(root, 'video', 'film', '720p'), { recursive: true })
    writeFileSync(path.join(root, 'video', 'film', 'master.m3u8'), '#EXTM3U\n')
    writeFileSync(path.join(root, 'video', 'film', '720p', 'segment_000.ts'), segmentBytes)
    writeFileSync(path.join(root, 'secret.txt'), 'do not serve')
    writeFileSync(path.join(root, 'video', 'notes.txt'), 'not a stream file')
  })
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('reads playlists and serves segments with their HLS content types', async () => {
    expect(await storage().readText('film/master.m3u8')).toBe('#EXTM3U\n')
    const response = await deliver('film/720p/segment_000.ts')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('video/mp2t')
    expect(response.headers.get('accept-ranges')).toBe('bytes')
    expect(Buffer.from(await response.arrayBuffer())).toEqual(segmentBytes)
  })

  it('answers a Range request with 206 and exactly those bytes', async () => {
    const response = await deliver('film/720p/segment_000.ts', 'bytes=5-9')
    expect(response.status).toBe(206)
    expect(response.headers.get('content-range')).toBe('bytes 5-9/20')
    expect(response.headers.get('content-length')).toBe('5')
    expect(await response.text()).toBe('56789')
    expect(await (await deliver('film/720p/segment_000.ts', 'bytes=-3')).text()).toBe('hij')
    expect(await (await deliver('film/720p/segment_000.ts', 'bytes=18-')).text()).toBe('ij')
    const beyond = await deliver('film/720p/segment_000.ts', 'bytes=20-30')
    expect(beyond.status).toBe(416)
    expect(beyond.headers.get('content-range')).toBe('bytes */20')
  })

  it('never serves a file outside the storage folder, or of another type', async () => {
    expect(await storage().readText('../secret.txt')).toBeNull()
    expect((await deliver('film/../../secret.txt')).status).toBe(404)
    expect((await deliver('notes.txt')).status).toBe(404)
    expect((await deliver('film/720p/missing.ts')).status).toBe(404)
  })
})

describe('byteRange', () => {
  it('reads the one-range forms of RFC 9110 and refuses what lies beyond the file', () => {
    expect(byteRange('bytes=0-99', 1000)).toEqual({ start: 0, end: 99 })
    expect(byteRange('bytes=900-', 1000)).toEqual({ start: 900, end: 999 })
    expect(byteRange('bytes=-100', 1000)).toEqual({ start: 900, end: 999 })
    expect(byteRange('bytes=990-2000', 1000)).toEqual({ start: 990, end: 999 })
    expect(byteRange('bytes=1000-', 1000)).toBe('unsatisfiable')
    expect(byteRange('bytes=5-4', 1000)).toBe('unsatisfiable')
    expect(byteRange(null, 1000)).toBeNull()
    expect(byteRange('bytes=0-1,5-6', 1000)).toBeNull()
  })
})
