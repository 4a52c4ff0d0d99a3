const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Whether a request that changes data comes from another site while carrying our cookies: a
 * cross-site request forgery. Browsers say where a request comes from (Sec-Fetch-Site, Origin);
 * a request without cookies has no ambient credential to abuse (providers' webhooks, API clients
 * with a token), so it is never refused here.
 */
export function isCrossSiteWrite(request: { method: string; headers: Headers; url: string }): boolean {
  if (safeMethods.has(request.method.toUpperCase())) return false
  if (!request.headers.get('cookie')) return false
  const site = request.headers.get('sec-fetch-site')
  if (site === 'cross-site' || site === 'same-site') return true
  const origin = request.headers.get('origin')
  if (!origin) return false
  if (origin === 'null') return true
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? new URL(request.url).host
  try {
    return new URL(origin).host !== host
  } catch {
    return true
  }
}
