import { createTranslator } from 'next-intl'
import type { PayloadRequest } from 'payload'
import en from '../../../messages/en.json'
import lo from '../../../messages/lo.json'
import type { User } from '../../../payload-types'
import { locales, type Locale } from '../../i18n/locales'
import { publicOrigin } from '../http/origin'

const messages = { en, lo }

const order = (user?: Partial<User>): Locale[] => {
  const first: Locale = user?.preferredLocale === 'lo' ? 'lo' : 'en'
  return [first, ...locales.filter((l) => l !== first)]
}

export const resetPasswordSubject = ({ user }: { user?: Partial<User> } = {}) =>
  order(user)
    .map((locale) => createTranslator({ locale, messages: messages[locale], namespace: 'resetEmail' })('subject'))
    .join(' · ')

/** The reset email, in the viewer's language first and the other one below, each with its own link. */
export function resetPasswordHtml({ req, token, user }: { req?: PayloadRequest; token?: string; user?: Partial<User> } = {}): string {
  const origin = req ? publicOrigin(req) : process.env.NEXT_PUBLIC_SERVER_URL || ''
  return order(user)
    .map((locale) => {
      const t = createTranslator({ locale, messages: messages[locale], namespace: 'resetEmail' })
      const link = `${origin}/${locale}/reset-password?token=${encodeURIComponent(token ?? '')}`
      const name = escapeHtml(user?.displayName || user?.email || '')
      return `<section lang="${locale}"><p>${escapeHtml(t('greeting', { name }))}</p><p>${escapeHtml(t('body'))}</p><p><a href="${link}">${link}</a></p><p>${escapeHtml(t('ignore'))}</p></section>`
    })
    .join('<hr>')
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
