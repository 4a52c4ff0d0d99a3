'use client'
import { useTranslations } from 'next-intl'
import { useState } from 'react'
import { minPasswordLength, passwordRefusals } from '@/lib/accounts/passwordRules'
import { invalidFields, retryAfterSeconds, type ApiResult } from '../api'

export type FieldErrors = Record<string, string> & { form?: string }

type Refusal = Extract<ApiResult<unknown>, { ok: false }>

/** Sends an account form (a call of the typed client) and turns its refusal into inline errors per field. */
export function useAccountForm() {
  const t = useTranslations('account')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)

  async function submit<T>(request: () => Promise<ApiResult<T>>): Promise<ApiResult<T>> {
    setBusy(true)
    setErrors({})
    const answer = await request()
    setBusy(false)
    if (!answer.ok) setErrors(toFieldErrors(answer))
    return answer
  }

  function toFieldErrors({ status, errors: [error] }: Refusal): FieldErrors {
    if (status === 0) return { form: t('failed') }
    if (status === 429) return { form: t('tooMany', { minutes: Math.ceil((retryAfterSeconds(error) ?? 60) / 60) }) }
    if (status === 401) return { form: t('wrongPassword') }
    const fields = invalidFields(error)
    if (fields.length) return Object.fromEntries(fields.map((f) => [f.path, localized(f.path, f.message)]))
    // The server's own words are English, for integrators: a viewer reads theirs.
    return { form: t('failed') }
  }

  // Payload words its own validation errors in English; say the ones viewers meet in their language.
  function localized(path: string, message: string): string {
    if (path === 'password') {
      if (message === passwordRefusals.tooShort) return t('passwordTooShort', { count: minPasswordLength })
      if (message === passwordRefusals.tooCommon) return t('passwordTooCommon')
      return t('passwordHint')
    }
    if (path === 'currentPassword') return t('currentPasswordNeeded')
    if (path === 'email') return /already|registered|unique/i.test(message) ? t('emailTaken') : t('emailInvalid')
    return t('checkField')
  }

  return { submit, errors, busy, setErrors }
}
