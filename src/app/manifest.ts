import type { MetadataRoute } from 'next'
import en from '../../messages/en.json'
import lo from '../../messages/lo.json'
import { themeColor } from '@/lib/seo/themeColor'

/**
 * The web app manifest (/manifest.webmanifest, linked from every page by Next): what a phone needs
 * to put the site on its home screen. One for both languages, so the name carries both; it opens
 * at `/`, which sends each reader to their language. The icons are drawn by scripts/generate-icons.ts.
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: `${lo.site.name} · ${en.site.name}`,
    short_name: en.site.name,
    description: `${lo.site.tagline} · ${en.site.tagline}`,
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: themeColor,
    background_color: themeColor,
    icons: [
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    ],
  }
}
