/**
 * `npx tsx scripts/generate-icons.ts`: draws the site's raster icons from its one drawing,
 * src/app/icon.svg, into public/ (committed; run again after the drawing changes). The PNGs are
 * what phones put on the home screen (the web app manifest, src/app/manifest.ts, and iOS's
 * apple-touch-icon); favicon.ico is for the browsers and crawlers that ask for it by that name.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'

const root = path.resolve(import.meta.dirname, '..')
const svg = await readFile(path.join(root, 'src/app/icon.svg'))
const publicDir = path.join(root, 'public')

const png = (size: number) =>
  sharp(svg, { density: (72 * size) / 64 })
    .resize(size, size)
    .png()
    .toBuffer()

await mkdir(publicDir, { recursive: true })
for (const [name, size] of [
  ['icon-192.png', 192],
  ['icon-512.png', 512],
  ['apple-touch-icon.png', 180],
] as const) {
  await writeFile(path.join(publicDir, name), await png(size))
}
await writeFile(path.join(publicDir, 'favicon.ico'), ico(await Promise.all([16, 32, 48].map(png)), [16, 32, 48]))

/** An ICO file holding PNG images, as every browser since 2007 reads it. */
function ico(images: Buffer[], sizes: number[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length)
  header.writeUInt16LE(1, 2) // type: icon
  header.writeUInt16LE(images.length, 4)
  let offset = header.length
  images.forEach((image, i) => {
    const entry = 6 + 16 * i
    header.writeUInt8(sizes[i]! % 256, entry) // width (0 means 256)
    header.writeUInt8(sizes[i]! % 256, entry + 1) // height
    header.writeUInt16LE(1, entry + 4) // colour planes
    header.writeUInt16LE(32, entry + 6) // bits per pixel
    header.writeUInt32LE(image.length, entry + 8)
    header.writeUInt32LE(offset, entry + 12)
    offset += image.length
  })
  return Buffer.concat([header, ...images])
}
