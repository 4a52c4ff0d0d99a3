'use client'
import { useTranslations } from 'next-intl'
import { useState, type FormEvent, type ReactNode } from 'react'
import { isLocale, type Locale } from '@/i18n/locales'
import { localePath } from '@/i18n/paths'
import {
  changeEmail,
  deleteAccount,
  forgotPassword,
  invalidFields,
  logIn,
  logOut,
  resetPassword,
  signUp,
  updateAccount,
} from '../api'
import { refreshCurrentUser } from './currentUser'
import { useAccountForm, type FieldErrors } from './useAccountForm'

type WithLocale = { locale: Locale }

/** Only same-site paths: a `next` naming another site would turn log-in into a phishing relay. */
export const safeNext = (next: string | undefined, fallback: string) =>
  next?.startsWith('/') && isLocale(next.split('/')[1]) ? next : fallback

/** `id` when one page has two forms with a field of the same name (the profile's current passwords). */
function Field({
  name,
  id = name,
  label,
  type = 'text',
  autoComplete,
  errors,
  hint,
}: {
  name: string
  id?: string
  label: string
  type?: string
  autoComplete?: string
  errors: FieldErrors
  hint?: string
}) {
  const error = errors[name]
  const describedBy = [error && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ') || undefined
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy}
        required
      />
      {hint && (
        <small id={`${id}-hint`} className="hint">
          {hint}
        </small>
      )}
      {error && (
        <p id={`${id}-error`} className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}

/** A password being chosen: the browser may suggest a strong one, and the hint says what is needed. */
function NewPasswordField({ label, errors }: { label: string; errors: FieldErrors }) {
  const t = useTranslations('account')
  return (
    <Field
      name="password"
      label={label}
      type="password"
      autoComplete="new-password"
      errors={errors}
      hint={t('passwordHint')}
    />
  )
}

function FormError({ errors }: { errors: FieldErrors }) {
  return errors.form ? (
    <p className="form-error" role="alert" data-testid="form-error">
      {errors.form}
    </p>
  ) : null
}

const localeOrNull = (value: string | undefined) => (value === 'lo' || value === 'en' ? value : null)

function values<Name extends string>(event: FormEvent<HTMLFormElement>, ...names: Name[]): Record<Name, string> {
  const data = new FormData(event.currentTarget)
  return Object.fromEntries(names.map((name) => [name, String(data.get(name) ?? '')])) as Record<Name, string>
}

export function SignUpForm({ locale, next }: WithLocale & { next?: string }) {
  const t = useTranslations('account')
  const { submit: send, errors, busy } = useAccountForm()
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const { displayName, email, password } = values(event, 'displayName', 'email', 'password')
    const created = await send(() => signUp({ displayName, email, password, preferredLocale: localeOrNull(locale) }))
    if (!created.ok) return
    // Logging in claims whatever this browser rented or watched before the account existed.
    const loggedIn = await send(() => logIn({ email, password }))
    if (loggedIn.ok) window.location.assign(safeNext(next, localePath(locale, '/profile')))
  }
  return (
    <form className="account-form" onSubmit={submit} noValidate>
      <Field name="displayName" label={t('displayName')} autoComplete="nickname" errors={errors} />
      <Field name="email" label={t('email')} type="email" autoComplete="email" errors={errors} />
      <NewPasswordField label={t('password')} errors={errors} />
      <FormError errors={errors} />
      <button className="button button-primary" type="submit" disabled={busy}>
        {t('createAccount')}
      </button>
    </form>
  )
}

export function LogInForm({ locale, next }: WithLocale & { next?: string }) {
  const t = useTranslations('account')
  const { submit: send, errors, busy } = useAccountForm()
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const { email, password } = values(event, 'email', 'password')
    const r = await send(() => logIn({ email, password }))
    if (r.ok) window.location.assign(safeNext(next, localePath(locale, '/profile')))
  }
  return (
    <form className="account-form" onSubmit={submit} noValidate>
      <Field name="email" label={t('email')} type="email" autoComplete="email" errors={errors} />
      <Field name="password" label={t('password')} type="password" autoComplete="current-password" errors={errors} />
      <FormError errors={errors} />
      <button className="button button-primary" type="submit" disabled={busy}>
        {t('logIn')}
      </button>
    </form>
  )
}

export function ForgotPasswordForm() {
  const t = useTranslations('account')
  const { submit: send, errors, busy } = useAccountForm()
  const [sent, setSent] = useState(false)
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const { email } = values(event, 'email')
    const r = await send(() => forgotPassword(email))
    setSent(r.ok)
  }
  if (sent) return <p role="status">{t('forgotSent')}</p>
  return (
    <form className="account-form" onSubmit={submit} noValidate>
      <Field name="email" label={t('email')} type="email" autoComplete="email" errors={errors} />
      <FormError errors={errors} />
      <button className="button button-primary" type="submit" disabled={busy}>
        {t('sendLink')}
      </button>
    </form>
  )
}

export function ResetPasswordForm({ locale, token }: WithLocale & { token: string }) {
  const t = useTranslations('account')
  const { submit: send, errors, busy, setErrors } = useAccountForm()
  const [done, setDone] = useState(false)
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const { password } = values(event, 'password')
    const r = await send(() => resetPassword({ token, password }))
    if (r.ok) {
      setDone(true)
      // The reset signed the viewer in: the header, which asked before, must say so.
      void refreshCurrentUser()
    } else if (!invalidFields(r.errors[0]).some((field) => field.path === 'password'))
      setErrors({ form: t('resetInvalid') })
  }
  if (done)
    return (
      <p role="status">
        {t('resetDone')} <a href={localePath(locale, '/profile')}>{t('profile')}</a>
      </p>
    )
  return (
    <form className="account-form" onSubmit={submit} noValidate>
      <NewPasswordField label={t('newPassword')} errors={errors} />
      <FormError errors={errors} />
      <button className="button button-primary" type="submit" disabled={busy}>
        {t('setPassword')}
      </button>
    </form>
  )
}

export function SettingsForm({
  userId,
  initial,
  labels,
}: {
  userId: number
  initial: { displayName: string; preferredLocale: string; preferredSubtitleLocale: string }
  labels: Record<Locale, string>
}) {
  const t = useTranslations('account')
  const { submit: send, errors, busy } = useAccountForm()
  const [saved, setSaved] = useState(false)
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setSaved(false)
    const { displayName, preferredLocale, preferredSubtitleLocale } = values(
      event,
      'displayName',
      'preferredLocale',
      'preferredSubtitleLocale',
    )
    const r = await send(() =>
      updateAccount(userId, {
        displayName,
        preferredLocale: localeOrNull(preferredLocale),
        preferredSubtitleLocale: localeOrNull(preferredSubtitleLocale),
      }),
    )
    setSaved(r.ok)
  }
  const select = (name: string, label: string, value: string, options: ReactNode) => (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <select id={name} name={name} defaultValue={value}>
        {options}
      </select>
    </div>
  )
  return (
    <form className="account-form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor="displayName">{t('displayName')}</label>
        <input id="displayName" name="displayName" defaultValue={initial.displayName} maxLength={80} />
      </div>
      {select(
        'preferredLocale',
        t('preferredLanguage'),
        initial.preferredLocale,
        <>
          <option value="lo">{labels.lo}</option>
          <option value="en">{labels.en}</option>
        </>,
      )}
      {select(
        'preferredSubtitleLocale',
        t('subtitleLanguage'),
        initial.preferredSubtitleLocale,
        <>
          <option value="">{t('subtitlesOff')}</option>
          <option value="lo">{labels.lo}</option>
          <option value="en">{labels.en}</option>
        </>,
      )}
      <FormError errors={errors} />
      <button className="button" type="submit" disabled={busy}>
        {t('save')}
      </button>
      {saved && <p role="status">{t('saved')}</p>}
    </form>
  )
}

export function ChangeEmailForm() {
  const t = useTranslations('account')
  const { submit: send, errors, busy, setErrors } = useAccountForm()
  const [done, setDone] = useState(false)
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setDone(false)
    const { newEmail, currentPassword } = values(event, 'newEmail', 'currentPassword')
    const r = await send(() => changeEmail({ email: newEmail, password: currentPassword }))
    if (r.ok) return setDone(true)
    const refusal = r.errors[0]
    if (refusal?.field === 'password') setErrors({ currentPassword: t('currentPasswordWrong') })
    else if (refusal?.field === 'email')
      setErrors({
        newEmail: r.status === 400 && /already/.test(JSON.stringify(r.errors)) ? t('emailTaken') : t('emailInvalid'),
      })
  }
  return (
    <form className="account-form" onSubmit={submit} noValidate aria-label={t('changeEmail')}>
      <Field name="newEmail" label={t('newEmail')} type="email" autoComplete="email" errors={errors} />
      <Field
        name="currentPassword"
        label={t('currentPassword')}
        type="password"
        autoComplete="current-password"
        errors={errors}
      />
      <FormError errors={errors} />
      <button className="button" type="submit" disabled={busy}>
        {t('changeEmail')}
      </button>
      {done && <p role="status">{t('emailChanged')}</p>}
    </form>
  )
}

export function ChangePasswordForm({ userId }: { userId: number }) {
  const t = useTranslations('account')
  const { submit: send, errors, busy, setErrors } = useAccountForm()
  const [done, setDone] = useState(false)
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setDone(false)
    const form = event.currentTarget
    const { password, currentPassword } = values(event, 'password', 'currentPassword')
    if (!currentPassword) return setErrors({ currentPassword: t('currentPasswordNeeded') })
    // The server refuses a new password without the current one (a session left open is not enough).
    const r = await send(() => updateAccount(userId, { password, currentPassword }))
    if (r.status === 401) setErrors({ currentPassword: t('currentPasswordWrong') })
    if (r.ok) form.reset()
    setDone(r.ok)
  }
  return (
    <form className="account-form" onSubmit={submit} noValidate aria-label={t('changePassword')}>
      <Field
        name="currentPassword"
        id="passwordFormCurrentPassword"
        label={t('currentPassword')}
        type="password"
        autoComplete="current-password"
        errors={errors}
      />
      <NewPasswordField label={t('newPassword')} errors={errors} />
      <FormError errors={errors} />
      <button className="button" type="submit" disabled={busy}>
        {t('changePassword')}
      </button>
      {done && <p role="status">{t('passwordChanged')}</p>}
    </form>
  )
}

export function DeleteAccountButton({ locale, userId }: WithLocale & { userId: number }) {
  const t = useTranslations('account')
  async function remove() {
    if (!window.confirm(t('deleteConfirm'))) return
    if (!(await deleteAccount(userId)).ok) return window.alert(t('failed'))
    await logOut()
    // A full load, as after logging out.
    window.location.assign(localePath(locale, '/'))
  }
  return (
    <p>
      <button className="button" type="button" onClick={remove} data-testid="delete-account">
        {t('deleteAccount')}
      </button>
    </p>
  )
}

export function LogOutButtons({ locale }: WithLocale) {
  const t = useTranslations('account')
  async function leave(everywhere: boolean) {
    await logOut({ everywhere })
    // A full load on purpose: the site has no client router, and every island starts over without the session.
    window.location.assign(localePath(locale, '/'))
  }
  return (
    <p className="logout">
      <button className="button" type="button" onClick={() => leave(false)}>
        {t('logOut')}
      </button>{' '}
      <button className="button" type="button" onClick={() => leave(true)}>
        {t('logOutEverywhere')}
      </button>
    </p>
  )
}
