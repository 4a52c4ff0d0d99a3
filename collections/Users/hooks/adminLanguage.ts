import type { CollectionAfterChangeHook, CollectionAfterLoginHook, PayloadRequest } from 'payload'
import { isAdminLanguage, type AdminLanguage } from '@/i18n/admin/adminLanguage'

const oneYearInSeconds = 365 * 24 * 60 * 60

/**
 * Payload keeps the admin language in a cookie of the browser (`payload-lng`); the editor's choice
 * is kept on their account, so the cookie is set from it wherever they log in.
 */
function sendAdminLanguage(req: PayloadRequest, language: AdminLanguage) {
  const headers = req.responseHeaders ?? new Headers()
  const name = `${req.payload.config.cookiePrefix || 'payload'}-lng`
  headers.append('Set-Cookie', `${name}=${language}; Path=/; Max-Age=${oneYearInSeconds}; SameSite=Lax`)
  req.responseHeaders = headers
}

export const applyAdminLanguageOnLogin: CollectionAfterLoginHook = ({ req, user }) => {
  const language = (user as { adminLanguage?: unknown }).adminLanguage
  if (isAdminLanguage(language)) sendAdminLanguage(req, language)
  return user
}

/** Choosing another language in one's own account applies it at once, not only at the next login. */
export const applyOwnAdminLanguage: CollectionAfterChangeHook = ({ req, doc, previousDoc }) => {
  if (
    req.user?.id === doc.id &&
    isAdminLanguage(doc.adminLanguage) &&
    doc.adminLanguage !== previousDoc?.adminLanguage
  ) {
    sendAdminLanguage(req, doc.adminLanguage)
  }
  return doc
}
