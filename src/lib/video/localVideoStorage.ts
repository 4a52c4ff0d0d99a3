import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { videoDir } from '../storage/paths'

const contentTypes: Record<string, string> = {
  '.m3u8': 'application/vnd.apple.mpegurl',
  '.ts': 'video/mp2t',
  '.m4s': 'video/iso.segment',
  '.mp4': 'video/mp4',
  '.vtt': 'text/vtt; charset=utf-8',
}

/**
 * Reads a file of an HLS ladder from local video storage (development; production serves from a
 * bucket). Returns null for anything outside the storage folder or of a type we do not stream.
 */
export async function readVideoFile(segments: string[]): Promise<{ body: Buffer; contentType: string } | null> {
  const root = videoDir()
  const file = path.resolve(root, ...segments)
  if (!file.startsWith(root + path.sep)) return null
  const contentType = contentTypes[path.extname(file).toLowerCase()]
  if (!contentType) return null
  try {
    return { body: await readFile(file), contentType }
  } catch {
    return null
  }
}
