import { createReadStream } from 'node:fs'
import { cp, mkdir, readFile, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { errorResponse } from '../http/errorResponse'
import { videoDir } from '../storage/paths'
import type { VideoStorage } from './videoStorage'

const contentTypes: Record<string, string> = {
  '.m3u8': 'application/vnd.apple.mpegurl',
  '.ts': 'video/mp2t',
  '.m4s': 'video/iso.segment',
  '.mp4': 'video/mp4',
  '.aac': 'audio/aac',
  '.vtt': 'text/vtt; charset=utf-8',
  '.jpg': 'image/jpeg',
}

/** Video storage on local disk (development and tests), under VIDEO_DIR. */
export function localDiskStorage(root = videoDir()): VideoStorage {
  const fileOf = (objectPath: string): string | null => {
    const file = path.resolve(root, objectPath)
    return file.startsWith(root + path.sep) ? file : null
  }
  return {
    async putFolder(localFolder, objectPrefix) {
      const target = fileOf(objectPrefix)
      if (!target) throw new Error(`Not a path inside video storage: ${objectPrefix}`)
      // Copied beside the target and renamed, so the ladder appears whole or not at all.
      const partial = `${target}.partial`
      await rm(partial, { recursive: true, force: true })
      await mkdir(path.dirname(target), { recursive: true })
      await cp(localFolder, partial, { recursive: true })
      await rename(partial, target)
    },
    async readText(objectPath) {
      const file = fileOf(objectPath)
      if (!file) return null
      try {
        return await readFile(file, 'utf8')
      } catch {
        return null
      }
    },
    async deliver(objectPath, requestHeaders) {
      const file = fileOf(objectPath)
      const contentType = contentTypes[path.extname(objectPath).toLowerCase()]
      const size =
        file && contentType
          ? await stat(file).then(
              (s) => (s.isFile() ? s.size : null),
              () => null,
            )
          : null
      if (!file || !contentType || size === null) return errorResponse(404, 'Not found.')
      const headers = {
        'Content-Type': contentType,
        'Accept-Ranges': 'bytes',
        // Signed URLs are per viewer; nothing shared may keep them.
        'Cache-Control': 'private, max-age=3600',
        'X-Content-Type-Options': 'nosniff',
      }
      const range = byteRange(requestHeaders.get('range'), size)
      if (range === 'unsatisfiable')
        return new Response(null, { status: 416, headers: { ...headers, 'Content-Range': `bytes */${size}` } })
      const { start, end } = range ?? { start: 0, end: size - 1 }
      const body =
        size === 0 ? null : (Readable.toWeb(createReadStream(file, { start, end })) as ReadableStream<Uint8Array>)
      return new Response(body, {
        status: range ? 206 : 200,
        headers: {
          ...headers,
          'Content-Length': String(size === 0 ? 0 : end - start + 1),
          ...(range && { 'Content-Range': `bytes ${start}-${end}/${size}` }),
        },
      })
    },
  }
}

/**
 * One byte range of RFC 9110 (`bytes=0-99`, `bytes=100-`, `bytes=-100`); null means the whole file.
 * Several ranges at once are answered with the whole file, which the RFC allows.
 */
export function byteRange(
  header: string | null,
  size: number,
): { start: number; end: number } | 'unsatisfiable' | null {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null
  if (!match || (match[1] === '' && match[2] === '')) return null
  if (match[1] === '') {
    const suffix = Number(match[2])
    if (suffix === 0 || size === 0) return 'unsatisfiable'
    return { start: Math.max(0, size - suffix), end: size - 1 }
  }
  const start = Number(match[1])
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1)
  if (start >= size || end < start) return 'unsatisfiable'
  return { start, end }
}
