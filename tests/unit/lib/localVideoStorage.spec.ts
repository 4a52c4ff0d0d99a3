import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { readVideoFile } from '../../../src/lib/video/localVideoStorage'

describe('local video storage', () => {
  let root: string
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'video-test-'))
    mkdirSync(path.join(root, 'video', 'film', '720p'), { recursive: true })
    writeFileSync(path.join(root, 'video', 'film', 'master.m3u8'), '#EXTM3U\n')
    writeFileSync(path.join(root, 'video', 'film', '720p', 'segment_000.ts'), 'ts')
    writeFileSync(path.join(root, 'secret.txt'), 'do not serve')
    writeFileSync(path.join(root, 'video', 'notes.txt'), 'not a stream file')
    vi.stubEnv('VIDEO_DIR', path.join(root, 'video'))
  })
  afterAll(() => {
    vi.unstubAllEnvs()
    rmSync(root, { recursive: true, force: true })
  })

  it('serves playlists and segments with their HLS content types', async () => {
    expect((await readVideoFile(['film', 'master.m3u8']))?.contentType).toBe('application/vnd.apple.mpegurl')
    expect((await readVideoFile(['film', '720p', 'segment_000.ts']))?.contentType).toBe('video/mp2t')
  })

  it('never serves a file outside the storage folder, or of another type', async () => {
    expect(await readVideoFile(['..', 'secret.txt'])).toBeNull()
    expect(await readVideoFile(['film', '..', '..', 'secret.txt'])).toBeNull()
    expect(await readVideoFile(['notes.txt'])).toBeNull()
    expect(await readVideoFile(['film', 'missing.m3u8'])).toBeNull()
  })
})
