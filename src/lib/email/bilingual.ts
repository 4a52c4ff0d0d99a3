import { createTranslator } from 'next-intl'
import en from '../../../messages/en.json'
import lo from '../../../messages/lo.json'
import { locales, type Locale } from '@/i18n/locales'

/** Our emails are in both languages: the viewer's first, then the other. */
export function localesFirst(first: Locale | null | undefined): Locale[] {
  const lead: Locale = first === 'lo' ? 'lo' : 'en'
  return [lead, ...locales.filter((l) => l !== lead)]
}

/** The UI messages of one namespace, outside React (emails are written on the server). */
export function emailTranslator<N extends 'receipt' | 'resetEmail' | 'notifyEmail' | 'webhookDisabledEmail'>(
  locale: Locale,
  namespace: N,
) {
  return createTranslator({ locale, messages: { en, lo }[locale], namespace })
}

export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
