import { describe, expect, it } from 'vitest'
import { rewriteMaster, rewriteVariant, variantUris } from '@/lib/streaming/playlists'

const master = `#EXTM3U
#EXT-X-VERSION:6
#EXT-X-STREAM-INF:BANDWIDTH=5535200,RESOLUTION=1920x1080
1080p/index.m3u8

#EXT-X-STREAM-INF:BANDWIDTH=915200,RESOLUTION=640x360
360p/index.m3u8
`
const variant = `#EXTM3U
#EXT-X-TARGETDURATION:2
#EXTINF:2.000000,
segment_000.ts
#EXTINF:2.000000,
segment_001.ts
#EXT-X-ENDLIST
`

describe('playlist rewriting', () => {
  it('lists the variants of a master playlist', () => {
    expect(variantUris(master)).toEqual(['1080p/index.m3u8', '360p/index.m3u8'])
  })

  it('puts a signed URL in place of every URI and keeps every tag', () => {
    const signedMaster = rewriteMaster(master, (name) => `/s/${name}?sig=x`)
    expect(variantUris(signedMaster)).toEqual(['/s/1080p?sig=x', '/s/360p?sig=x'])
    expect(signedMaster).toContain('#EXT-X-STREAM-INF:BANDWIDTH=915200,RESOLUTION=640x360')
    const signedVariant = rewriteVariant(variant, (file) => `/s/360p/${file}?sig=y`)
    expect(signedVariant.split('\n').filter((line) => line.startsWith('/s/'))).toEqual([
      '/s/360p/segment_000.ts?sig=y',
      '/s/360p/segment_001.ts?sig=y',
    ])
    expect(signedVariant).toContain('#EXT-X-ENDLIST')
  })

  it('refuses a playlist that points outside its ladder', () => {
    expect(() => rewriteVariant('#EXTM3U\n../../other/segment.ts\n', (file) => file)).toThrow()
    expect(() => rewriteVariant('#EXTM3U\nhttps://elsewhere.example/a.ts\n', (file) => file)).toThrow()
    expect(() => rewriteMaster('#EXTM3U\n../other-film/index.m3u8\n', (name) => name)).toThrow()
  })
})
