/** The admin's languages, without their strings (safe for the browser bundle). */
export const adminLanguageCodes = ['en', 'lo'] as const
export type AdminLanguage = (typeof adminLanguageCodes)[number]

export const isAdminLanguage = (value: unknown): value is AdminLanguage =>
  typeof value === 'string' && (adminLanguageCodes as readonly string[]).includes(value)

/** Payload's own cookie for the admin language (cookiePrefix 'payload'). */
export const adminLanguageCookie = 'payload-lng'
