import { negotiateLocale } from '../negotiateLocale'
import { adminLanguageCookie, type AdminLanguage } from './adminLanguage'

/**
 * The admin language for a browser that has not chosen one: Payload matches Accept-Language only
 * against its own 44 languages, which have no Lao, so Lao (and Thai, as on the site) is decided here.
 * Undefined leaves the choice to Payload: the cookie when there is one, else its fallback, English.
 */
export function adminLanguageFromHeaders(headers: Headers): AdminLanguage | undefined {
  const cookies = headers.get('cookie') ?? ''
  if (cookies.split(';').some((cookie) => cookie.trim().startsWith(`${adminLanguageCookie}=`))) return undefined
  return negotiateLocale(headers.get('accept-language')) === 'lo' ? 'lo' : undefined
}

/** The request's headers with the negotiated language added as Payload's own cookie, for this request only. */
export function withAdminLanguage(headers: Headers, language: AdminLanguage): Headers {
  const next = new Headers(headers)
  const cookies = headers.get('cookie')
  next.set('cookie', `${cookies ? `${cookies}; ` : ''}${adminLanguageCookie}=${language}`)
  return next
}
