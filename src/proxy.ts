import createMiddleware from 'next-intl/middleware'
import { NextResponse, type NextRequest } from 'next/server'
import { isLocale, locales } from './i18n/locales'
import { negotiateLocale } from './i18n/negotiateLocale'
import { isCrossSiteWrite } from './lib/http/crossSiteWrite'
import { errorResponse } from './lib/http/errorResponse'
import { databaseReachable } from './lib/database/databaseReachable'
import { unavailablePage } from './lib/http/unavailablePage'
import { browseSearch, parseBrowseQuery, withoutEmptyParams } from './lib/catalogue/browseQuery'
import { routing } from './i18n/routing'
import { adminLanguageFromHeaders, withAdminLanguage } from './i18n/admin/negotiateAdminLanguage'

const intl = createMiddleware(routing)
const browsePage = new RegExp(`^/(${locales.join('|')})/movies/?$`)

export default async function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith('/api/')) {
    // Cookies are SameSite=Lax already; this refuses what an old browser would still send.
    if (isCrossSiteWrite(request)) {
      return errorResponse(403, 'Cross-site requests that change data are refused.')
    }
    return NextResponse.next()
  }
  if (request.nextUrl.pathname === '/admin' || request.nextUrl.pathname.startsWith('/admin/')) {
    const language = adminLanguageFromHeaders(request.headers)
    if (!language) return NextResponse.next()
    return NextResponse.next({ request: { headers: withAdminLanguage(request.headers, language) } })
  }
  // Pages need the database; while it is away, viewers get a localized "back in a moment" (503),
  // not a broken page. Cached pages are not served meanwhile: one honest answer for the whole site.
  if (!(await databaseReachable())) {
    const first = request.nextUrl.pathname.split('/')[1]
    return unavailablePage(
      isLocale(first) ? first : negotiateLocale(request.headers.get('accept-language')),
      request.nextUrl.pathname,
    )
  }
  if (request.nextUrl.pathname === '/') {
    const url = request.nextUrl.clone()
    url.pathname = `/${negotiateLocale(request.headers.get('accept-language'))}`
    const response = NextResponse.redirect(url, 307)
    // The answer depends on the header, so shared caches must key on it.
    response.headers.set('Vary', 'Accept-Language')
    return response
  }
  const browse = browsePage.exec(request.nextUrl.pathname)
  if (browse && request.nextUrl.search) {
    // The filters are a plain GET form, which sends its unset selects too (`?genre=drama&year=`):
    // the address a viewer keeps or shares holds only what they chose.
    const chosen = withoutEmptyParams(request.nextUrl.searchParams)
    if (chosen !== null) {
      const url = request.nextUrl.clone()
      url.search = chosen
      return NextResponse.redirect(url, 308)
    }
    const search = browseSearch(parseBrowseQuery(request.nextUrl.searchParams))
    if (search) {
      // Rendered per request, never a page on disk: see movies/results/query/page.tsx.
      const url = request.nextUrl.clone()
      url.pathname = `/${browse[1]}/movies/results/query`
      url.search = search
      return NextResponse.rewrite(url)
    }
  }
  return intl(request)
}

export const config = {
  // Payload owns /admin and /api (checked here only against cross-site writes, and for the admin's
  // language); static files and Next internals need no locale.
  matcher: ['/api/:path*', '/admin', '/admin/:path*', '/((?!api|admin|_next|_vercel|media|video|.*\\..*).*)'],
}
