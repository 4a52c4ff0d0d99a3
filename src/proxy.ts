import createMiddleware from 'next-intl/middleware'
import { NextResponse, type NextRequest } from 'next/server'
import { negotiateLocale } from './i18n/negotiateLocale'
import { isCrossSiteWrite } from './lib/http/crossSiteWrite'
import { errorResponse } from './lib/http/errors'
import { browseKey, browseSearch, parseBrowseQuery } from './lib/catalogue/browseQuery'
import { routing } from './i18n/routing'

const intl = createMiddleware(routing)

export default function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith('/api/')) {
    // Cookies are SameSite=Lax already; this refuses what an old browser would still send.
    if (isCrossSiteWrite(request)) {
      return errorResponse(403, 'Cross-site requests that change data are refused.')
    }
    return NextResponse.next()
  }
  if (request.nextUrl.pathname === '/') {
    const url = request.nextUrl.clone()
    url.pathname = `/${negotiateLocale(request.headers.get('accept-language'))}`
    const response = NextResponse.redirect(url, 307)
    // The answer depends on the header, so shared caches must key on it.
    response.headers.set('Vary', 'Accept-Language')
    return response
  }
  const browse = /^\/(en|lo)\/movies\/?$/.exec(request.nextUrl.pathname)
  if (browse && request.nextUrl.search) {
    const query = parseBrowseQuery(request.nextUrl.searchParams)
    const key = browseKey(query)
    if (key) {
      const url = request.nextUrl.clone()
      if (query.q) {
        // Any text can be searched for: rendered per request, never kept as a page on disk.
        url.pathname = `/${browse[1]}/movies/results/search`
        url.search = browseSearch(query)
      } else {
        // Filter combinations are a bounded set: each is a page of its own, cached like any other.
        url.pathname = `/${browse[1]}/movies/results/${key}`
      }
      return NextResponse.rewrite(url)
    }
  }
  return intl(request)
}

export const config = {
  // Payload owns /admin and /api (checked here only against cross-site writes); static files and
  // Next internals need no locale.
  matcher: ['/api/:path*', '/((?!api|admin|_next|_vercel|media|video|.*\\..*).*)'],
}
