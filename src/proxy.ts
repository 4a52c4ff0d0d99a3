import createMiddleware from 'next-intl/middleware'
import { NextResponse, type NextRequest } from 'next/server'
import { negotiateLocale } from './i18n/negotiateLocale'
import { routing } from './i18n/routing'

const intl = createMiddleware(routing)

export default function proxy(request: NextRequest) {
  if (request.nextUrl.pathname === '/') {
    const url = request.nextUrl.clone()
    url.pathname = `/${negotiateLocale(request.headers.get('accept-language'))}`
    const response = NextResponse.redirect(url, 307)
    // The answer depends on the header, so shared caches must key on it.
    response.headers.set('Vary', 'Accept-Language')
    return response
  }
  return intl(request)
}

export const config = {
  // Payload owns /admin and /api; static files and Next internals need no locale.
  matcher: ['/((?!api|admin|_next|_vercel|media|video|.*\\..*).*)'],
}
