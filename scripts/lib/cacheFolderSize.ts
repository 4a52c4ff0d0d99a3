import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'

/**
 * Where `next start` keeps what it caches at run time: ISR pages under .next/server (beside the
 * build's own output) and the data cache (unstable_cache, fetch) and optimized images under
 * .next/cache.
 */
const cacheFolders = ['.next/server', '.next/cache']

export type FolderSize = { bytes: number; files: number }

function folderSize(folder: string): FolderSize {
  let bytes = 0
  let files = 0
  let entries
  try {
    entries = readdirSync(folder, { withFileTypes: true })
  } catch {
    return { bytes, files }
  }
  for (const entry of entries) {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) {
      const inner = folderSize(full)
      bytes += inner.bytes
      files += inner.files
    } else if (entry.isFile()) {
      bytes += statSync(full).size
      files += 1
    }
  }
  return { bytes, files }
}

/** The size of the server's cache folders under `root` (the app's directory). */
export function cacheFolderSize(root = process.cwd()): FolderSize {
  return cacheFolders
    .map((folder) => folderSize(path.join(root, folder)))
    .reduce((sum, size) => ({ bytes: sum.bytes + size.bytes, files: sum.files + size.files }), { bytes: 0, files: 0 })
}
