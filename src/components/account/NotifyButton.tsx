'use client'
import { useTranslations } from 'next-intl'
import type { Locale } from '@/i18n/locales'
import { askToBeNotified, cancelNotifyRequest, findNotifyRequest } from '../api'
import { AccountToggle, type OwnRow } from './AccountToggle'

type Props = { movieId: number; locale: Locale; filmPath: string; logInLabel: string; signUpLabel: string }

/** One request per account and film, mailed in the language the viewer asked in. */
const notifyRequest: OwnRow = {
  find: async (movieId) => {
    const found = await findNotifyRequest(movieId)
    return found.ok ? (found.data.docs[0]?.id ?? null) : null
  },
  make: async (movieId, locale) => {
    const asked = await askToBeNotified(movieId, locale)
    return asked.ok ? asked.data.doc.id : notifyRequest.find(movieId) // already asked
  },
  remove: cancelNotifyRequest,
}

/** "Tell me when it's available", on a coming-soon film. */
export function NotifyButton({ movieId, locale, filmPath, logInLabel, signUpLabel }: Props) {
  const t = useTranslations('notify')
  const text = {
    off: t('ask'),
    on: t('cancel'),
    onNote: t('asked'),
    accountRequired: t('accountRequired'),
    close: t('close'),
    logIn: logInLabel,
    signUp: signUpLabel,
  }
  return (
    <AccountToggle
      intent="notify"
      row={notifyRequest}
      movieId={movieId}
      text={text}
      locale={locale}
      filmPath={filmPath}
      primaryWhenOff
      testId="notify-button"
    />
  )
}
