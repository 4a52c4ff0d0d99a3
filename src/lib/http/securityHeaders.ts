/**
 * The security headers of every response: public pages, Payload's /api and /admin alike
 * (next.config.ts applies them to `/:path*`).
 *
 * Why no nonce: public pages are rendered once (ISR) and served from the page cache and, in
 * production, a CDN. A nonce in a cached page is the same for everyone who receives it, so it
 * proves nothing, and Next only stamps nonces on its inline scripts when a page renders per
 * request. Nonces on the dynamic routes alone (admin, watch, profile) would need a second policy
 * set by the proxy for those paths while the cached pages keep `'unsafe-inline'`: two policies to
 * keep in step for no gain on the pages that matter most. So scripts are `'self'` plus
 * `'unsafe-inline'` (Next's inline flight-data scripts), never `'unsafe-eval'` outside
 * development. What the policy still buys: no script, frame, plugin or form target from another
 * origin (except Google's Cast SDK, which the player loads when a viewer asks to cast), no
 * framing of any page, no `<base>` hijack.
 *
 * Read at build time: Next bakes `headers()` into the routes manifest, so NODE_ENV is the
 * build's (`next build` is production; `next dev` is development).
 */

/** Signed video URLs (src/lib/streaming/gcsStorage.ts): the stream redirects segment requests there. */
const videoBucketOrigin = 'https://storage.googleapis.com'
/** The player's Google Cast button loads the Cast sender SDK from here, only when it is pressed. */
const castSdkOrigin = 'https://www.gstatic.com'

function contentSecurityPolicy(development: boolean): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    // React refresh in `next dev` evaluates code; a production build never does.
    'script-src': ["'self'", "'unsafe-inline'", castSdkOrigin, ...(development ? ["'unsafe-eval'"] : [])],
    // Next, Vidstack and Payload's admin set inline styles.
    'style-src': ["'self'", "'unsafe-inline'"],
    // Payload's admin previews uploads from blob: and draws small images as data: URLs.
    'img-src': ["'self'", 'data:', 'blob:'],
    // The Lao font is bundled (@fontsource); the admin's icons may be inlined.
    'font-src': ["'self'", 'data:'],
    // hls.js feeds the <video> through MediaSource, whose source is a blob: URL.
    'media-src': ["'self'", 'blob:', videoBucketOrigin],
    // hls.js fetches playlists and segments; in production segments follow a redirect to the bucket.
    // Development adds the dev server's websocket (hot reload).
    'connect-src': ["'self'", videoBucketOrigin, ...(development ? ['ws:', 'wss:'] : [])],
    // hls.js may run its demuxer in a worker built from a blob: URL.
    'worker-src': ["'self'", 'blob:'],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  }
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ')
}

/**
 * Powerful features nobody here needs are refused for the page and every frame in it; the player
 * keeps fullscreen, picture-in-picture, autoplay and encrypted media for its own origin.
 */
const permissionsPolicy = [
  'accelerometer=()',
  'autoplay=(self)',
  'camera=()',
  'display-capture=()',
  'encrypted-media=(self)',
  'fullscreen=(self)',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'picture-in-picture=(self)',
  'publickey-credentials-get=()',
  'screen-wake-lock=(self)',
  'serial=()',
  'usb=()',
  'xr-spatial-tracking=()',
].join(', ')

/**
 * The API reference (/api/docs, Swagger UI served from node_modules): its own origin only, and no
 * inline script at all. Swagger UI sets inline styles and draws icons as data: images.
 */
export const apiDocsContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

type Header = { key: string; value: string }

export function securityHeaders(environment: string | undefined = process.env.NODE_ENV): Header[] {
  const production = environment === 'production'
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(environment === 'development') },
    // For browsers older than frame-ancestors.
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: permissionsPolicy },
    // Only where the site is served over HTTPS; a development machine on http://localhost must
    // not be pinned to HTTPS for two years.
    ...(production ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
  ]
}
