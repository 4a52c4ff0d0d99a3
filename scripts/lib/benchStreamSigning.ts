import { generateKeyPairSync } from 'node:crypto'
import { gcsStorage } from '@/lib/streaming/gcsStorage'
import { rewriteMaster, rewriteVariant } from '@/lib/streaming/playlists'
import { streamSigner } from '@/lib/streaming/streamSignature'

/**
 * Stream URL signing, in this process: the work the stream endpoint does for each playlist of a
 * two-hour film (4 variants × 1,200 six-second segments), and for each segment redirect to GCS.
 */
export async function benchStreamSigning(): Promise<void> {
  console.log('\nStream URL signing (two-hour film: 4 variants × 1,200 segments):')
  const variants = ['1080p', '720p', '480p', '360p']
  const variantLines = variants.map((name) => `#EXT-X-STREAM-INF:BANDWIDTH=800000\n${name}/index.m3u8`)
  const master = `#EXTM3U\n${variantLines.join('\n')}\n`
  const segmentLines = Array.from(
    { length: 1200 },
    (_, i) => `#EXTINF:6.000000,\nsegment_${String(i).padStart(4, '0')}.ts`,
  )
  const variantPlaylist = `#EXTM3U\n#EXT-X-TARGETDURATION:6\n${segmentLines.join('\n')}\n#EXT-X-ENDLIST\n`
  const grant = { movieId: 1, rentalId: 1, expiresAt: Math.floor(Date.now() / 1000) + 3600 }
  const timings = (run: () => void, times: number) =>
    Array.from({ length: times }, () => {
      const started = performance.now()
      run()
      return performance.now() - started
    }).sort((a, b) => a - b)
  const masterMs = timings(
    () => rewriteMaster(master, (name) => streamSigner(grant)(`/api/movies/1/stream/${name}`)),
    50,
  )
  const variantMs = timings(() => {
    const sign = streamSigner(grant)
    rewriteVariant(variantPlaylist, (file) => sign(`/api/movies/1/stream/720p/${file}`))
  }, 50)
  const summary = (ms: number[]) =>
    `median ${ms[Math.floor(ms.length / 2)]!.toFixed(2)} ms, worst ${ms[ms.length - 1]!.toFixed(2)} ms`
  console.log(`  master playlist (4 variants)              ${summary(masterMs)}`)
  console.log(`  variant playlist (1,200 segments)         ${summary(variantMs)}`)
  const { privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  })
  const gcs = gcsStorage({
    bucket: 'bench',
    prefix: '',
    clientEmail: 'bench@example.iam.gserviceaccount.com',
    privateKey,
    urlLifetimeSeconds: 120,
  })
  const redirectMs: number[] = []
  for (let i = 0; i < 200; i++) {
    const started = performance.now()
    await gcs.deliver(`film/720p/segment_${i}.ts`, new Headers())
    redirectMs.push(performance.now() - started)
  }
  console.log(`  GCS V4 URL for one segment (RSA, local)   ${summary(redirectMs.sort((a, b) => a - b))}`)
}
