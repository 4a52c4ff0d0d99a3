/**
 * HLS playlist rewriting. Our ladders keep relative URIs (`360p/index.m3u8`, `segment_000.ts`);
 * viewers never see those, only the signed URLs these functions put in their place.
 */

/** The variant playlists a master playlist lists, in its order (e.g. `360p/index.m3u8`). */
export function variantUris(master: string): string[] {
  return uriLines(master).map(({ line }) => line)
}

/** The master playlist with each variant URI replaced by `sign(variantName)`. */
export function rewriteMaster(master: string, signVariant: (variantName: string) => string): string {
  return mapUris(master, (uri) => {
    if (!/^[A-Za-z0-9_-]+\/[A-Za-z0-9_-]+\.m3u8$/.test(uri))
      throw new Error(`Unexpected variant URI in master playlist: ${uri}`)
    return signVariant(variantNameOf(uri))
  })
}

/** A variant playlist with each segment URI replaced by `signSegment(fileName)`. */
export function rewriteVariant(variant: string, signSegment: (fileName: string) => string): string {
  return mapUris(variant, (uri) => {
    if (!safeLadderName.test(uri)) throw new Error(`Unexpected segment URI in variant playlist: ${uri}`)
    return signSegment(uri)
  })
}

/** `360p/index.m3u8` → `360p`: a variant is named by its folder in the ladder. */
export function variantNameOf(uri: string): string {
  const [name] = uri.split('/')
  return name!
}

/** A name that may appear as one path part of a ladder (variant folder or segment file). */
export const safeLadderName = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9]+)?$/

function uriLines(playlist: string) {
  return playlist
    .split('\n')
    .flatMap((line, index) => (line.trim() && !line.startsWith('#') ? [{ line: line.trim(), index }] : []))
}

function mapUris(playlist: string, replace: (uri: string) => string): string {
  const lines = playlist.split('\n')
  for (const { line, index } of uriLines(playlist)) lines[index] = replace(line)
  return lines.join('\n')
}
