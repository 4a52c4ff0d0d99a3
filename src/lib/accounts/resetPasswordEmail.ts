import type { PayloadRequest } from 'payload'
import type { User } from '../../../payload-types'
import { emailTranslator, escapeHtml, localesFirst } from '../email/bilingual'
import { localePath } from '@/i18n/paths'
import { publicOrigin } from '../http/origin'

export const resetPasswordSubject = ({ user }: { user?: Partial<User> } = {}) =>
  localesFirst(user?.preferredLocale)
    .map((locale) => emailTranslator(locale, 'resetEmail')('subject'))
    .join(' · ')

/** The reset email, in the viewer's language first and the other one below, each with its own link. */
export function resetPasswordHtml({
  req,
  token,
  user,
}: { req?: PayloadRequest; token?: string; user?: Partial<User> } = {}): string {
  const origin = publicOrigin(req)
  return localesFirst(user?.preferredLocale)
    .map((locale) => {
      const t = emailTranslator(locale, 'resetEmail')
      const link = `${origin}${localePath(locale, '/reset-password', { token })}`
      const name = user?.displayName || user?.email || ''
      const paragraphs = [escapeHtml(t('greeting', { name })), escapeHtml(t('body')), `<a href="${link}">${link}</a>`]
      paragraphs.push(escapeHtml(t('ignore')))
      return `<section lang="${locale}">${paragraphs.map((text) => `<p>${text}</p>`).join('')}</section>`
    })
    .join('<hr>')
}
