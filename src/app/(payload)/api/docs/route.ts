import { docsPage } from '@/lib/apiDocs/swaggerUi'
import { apiDocsContentSecurityPolicy } from '@/lib/http/securityHeaders'

/** GET /api/docs — the human-readable API reference, rendered in the browser from /api/openapi.json. */
export function GET(): Response {
  return new Response(docsPage, {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': apiDocsContentSecurityPolicy,
      'Cache-Control': 'public, max-age=300',
    },
  })
}
