import type { MetadataRoute } from 'next'
import { absoluteUrl } from '@/lib/seo/alternates'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api', '/video', '/*/movies/*/watch'] },
    sitemap: absoluteUrl('/sitemap.xml'),
  }
}
