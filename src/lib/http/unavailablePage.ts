import en from '../../../messages/en.json'
import lo from '../../../messages/lo.json'
import type { Locale } from '@/i18n/locales'
import { databaseRetryAfterSeconds } from '../database/databaseErrors'

const messages = { en: { ...en.unavailable, name: en.site.name }, lo: { ...lo.unavailable, name: lo.site.name } }

/**
 * The page a viewer gets while the database is away: 503 with Retry-After, in their language,
 * never cached. Plain HTML built here, because rendering the site's layout needs the database too.
 */
export function unavailablePage(locale: Locale, path: string): Response {
  const t = messages[locale]
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title} · ${t.name}</title><meta name="robots" content="noindex"></head>
<body><main><h1>${t.title}</h1><p>${t.body}</p><p><a href="${escapeHtml(path)}">${t.retry}</a></p></main></body></html>`
  return new Response(html, {
    status: 503,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Retry-After': String(databaseRetryAfterSeconds),
      'Cache-Control': 'no-store',
    },
  })
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)
