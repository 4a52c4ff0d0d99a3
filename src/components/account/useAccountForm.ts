'use client'
import { useTranslations } from 'next-intl'
import { useState } from 'react'

export type FieldErrors = Record<string, string> & { form?: string }

type PayloadError = {
  errors?: {
    message: string
    field?: string
    data?: { errors?: { path: string; message: string }[]; retryAfterSeconds?: number }
  }[]
}

/** Posts an account form to Payload's REST API and turns its errors into inline ones per field. */
export function useAccountForm() {
  const t = useTranslations('account')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)

  async function post(
    path: string,
    body: unknown,
    method = 'POST',
  ): Promise<{ ok: boolean; status: number; body: unknown }> {
    setBusy(true)
    setErrors({})
    try {
      const r = await fetch(path, {
        method,
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      const json = (await r.json().catch(() => ({}))) as PayloadError
      if (!r.ok) setErrors(toFieldErrors(r.status, json))
      return { ok: r.ok, status: r.status, body: json }
    } catch {
      setErrors({ form: t('failed') })
      return { ok: false, status: 0, body: null }
    } finally {
      setBusy(false)
    }
  }

  function toFieldErrors(status: number, json: PayloadError): FieldErrors {
    const error = json.errors?.[0]
    if (status === 429)
      return { form: t('tooMany', { minutes: Math.ceil((error?.data?.retryAfterSeconds ?? 60) / 60) }) }
    if (status === 401) return { form: t('wrongPassword') }
    const fields = error?.data?.errors
    if (fields?.length) return Object.fromEntries(fields.map((f) => [f.path, localized(f.path, f.message)]))
    return { form: error?.message ?? t('failed') }
  }

  // Payload words its own validation errors in English; say the ones viewers meet in their language.
  function localized(path: string, message: string): string {
    if (path === 'password') return t('passwordHint')
    if (path === 'currentPassword') return t('currentPasswordNeeded')
    if (path === 'email') return /already|registered|unique/i.test(message) ? t('emailTaken') : t('emailInvalid')
    return message
  }

  return { post, errors, busy, setErrors }
}
