import type { Config } from 'payload'
import { en } from 'payload/i18n/en'
import { payloadLao } from './payloadLao'

/**
 * The admin's languages. Payload's own list of accepted languages has no Lao, but it resolves the
 * admin language against the keys given here (cookie `payload-lng`), so 'lo' works as a key; the
 * cast is only for its type, which names the 44 languages it ships.
 */
export const adminLanguages = {
  supportedLanguages: { en, lo: payloadLao },
  fallbackLanguage: 'en',
} as unknown as Config['i18n']
