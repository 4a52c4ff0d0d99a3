'use client'
import { useSearchParams } from 'next/navigation'
import { useTranslations } from 'next-intl'
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react'
import type { Locale } from '@/i18n/locales'
import { timeLeft } from '@/lib/rentals/timeLeft'
import { ModalDialog } from '../layout/ModalDialog'

type Props = {
  movieId: number
  title: string
  /** Already formatted for the locale, e.g. "₭20.000". */
  price: string
  /** e.g. "24 hours", "7 days". */
  window: string
  locale: Locale
  watchHref: string
}

type Status =
  { state: 'active'; expiresAt: string } | { state: 'expired'; expiresAt: string } | { state: 'none' } | null
type Checkout = {
  payment: { id: number; status: string; amountLak: number; listPriceLak: number; amountText: string }
  checkout: { url: string; qrImage: string } | null
  rental: { expiresAt: string } | null
}
type Step = { step: 'start' } | { step: 'pay'; checkout: Checkout } | { step: 'paid' } | { step: 'owned' }
type ApiError = { errors?: { message: string; field?: string }[] }

/**
 * Renting, on the film page: the viewer's rental state (read in the browser, so the page itself
 * stays one cached page for everyone), and the payment dialog. Prices and windows shown here are
 * the server's; the server takes the amount from the film again when the checkout is made.
 */
export function RentPanel({ movieId, title, price, window: windowLabel, locale, watchHref }: Props) {
  const t = useTranslations('rent')
  const reason = useSearchParams().get('rental')
  const dialog = useRef<HTMLDialogElement>(null)
  const [status, setStatus] = useState<Status>(null)
  const [step, setStep] = useState<Step>({ step: 'start' })
  const [error, setError] = useState<{ message: string; field?: string } | null>(null)
  const [busy, setBusy] = useState(false)

  const refresh = useCallback(async () => setStatus(await fetchStatus(movieId)), [movieId])

  const open = useCallback(() => {
    setError(null)
    setStep({ step: 'start' })
    dialog.current?.showModal()
  }, [])

  useEffect(() => {
    let live = true
    void fetchStatus(movieId).then((found) => {
      if (!live) return
      setStatus(found)
      // The watch page sends viewers without a rental here with ?rental=required: open the dialog.
      if (reason === 'required' && found?.state === 'none') dialog.current?.showModal()
    })
    return () => {
      live = false
    }
  }, [movieId, reason])

  // While a checkout is open, ask the server whether the provider has confirmed it.
  useEffect(() => {
    if (step.step !== 'pay') return
    const id = step.checkout.payment.id
    const timer = setInterval(async () => {
      const r = await fetch(`/api/payments/${id}/status`, { credentials: 'same-origin', cache: 'no-store' })
      if (!r.ok) return
      const body = (await r.json()) as { status: string; rental: unknown }
      if (body.rental) {
        setStep({ step: 'paid' })
        void refresh()
      }
    }, 1500)
    return () => clearInterval(timer)
  }, [step, refresh])

  async function startCheckout(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setBusy(true)
    setError(null)
    const promoCode = String(new FormData(event.currentTarget).get('promoCode') ?? '')
    try {
      const r = await fetch('/api/payments/checkout', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ movie: movieId, promoCode, locale }),
      })
      const body = (await r.json()) as Checkout & ApiError
      if (r.status === 409 && !body.errors?.[0]?.field) {
        setStep({ step: 'owned' })
        void refresh()
      } else if (!r.ok) {
        setError(body.errors?.[0] ?? { message: t('failed') })
      } else if (body.rental) {
        setStep({ step: 'paid' })
        void refresh()
      } else {
        setStep({ step: 'pay', checkout: body })
      }
    } catch {
      setError({ message: t('failed') })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="rent-panel" data-testid="rent-panel">
      {status?.state === 'active' ? (
        <>
          <p className="rental-left" data-testid="rental-left">
            {timeLeftText(status.expiresAt, t)}
          </p>
          <a className="button button-primary" href={watchHref}>
            {t('watchNow')}
          </a>
        </>
      ) : (
        <>
          {reason === 'required' && status?.state !== 'expired' && (
            <p className="notice" role="alert">
              {t('required')}
            </p>
          )}
          {(status?.state === 'expired' || reason === 'expired') && (
            <p className="notice" role="alert" data-testid="rental-expired">
              {t('expired')}
            </p>
          )}
          <button type="button" className="button button-primary" onClick={open}>
            {status?.state === 'expired' ? t('rentAgain') : t('button', { price })}
          </button>
        </>
      )}

      <ModalDialog
        ref={dialog}
        labelledBy="rent-dialog-title"
        closeLabel={t('close')}
        onClose={() => setStep({ step: 'start' })}
      >
        <h2 id="rent-dialog-title">{t('dialogTitle', { title })}</h2>
        <dl className="rent-facts">
          <dt>{t('price')}</dt>
          <dd data-testid="rent-price">{price}</dd>
        </dl>
        <p>{t('window', { window: windowLabel })}</p>

        {step.step === 'start' && (
          <form onSubmit={startCheckout} noValidate>
            <label htmlFor="promo-code">{t('promoLabel')}</label>
            <input
              id="promo-code"
              name="promoCode"
              autoComplete="off"
              maxLength={40}
              aria-invalid={error?.field === 'promoCode'}
              aria-describedby={error ? 'rent-error' : undefined}
            />
            {error && (
              <p id="rent-error" className="form-error" role="alert">
                {error.message}
              </p>
            )}
            <button type="submit" className="button button-primary" disabled={busy}>
              {t('continue')}
            </button>
          </form>
        )}

        {step.step === 'pay' && step.checkout.checkout && (
          <div className="rent-pay">
            {step.checkout.payment.amountLak !== step.checkout.payment.listPriceLak && (
              <p>{t('discounted', { price: step.checkout.payment.amountText })}</p>
            )}
            <p>{t('scan', { price: step.checkout.payment.amountText })}</p>
            {/* eslint-disable-next-line @next/next/no-img-element -- a data URL drawn by our server */}
            <img
              className="qr"
              src={step.checkout.checkout.qrImage}
              alt={t('qrAlt', { price: step.checkout.payment.amountText })}
              width={240}
              height={240}
            />
            <p>
              <a className="button" href={step.checkout.checkout.url} target="_blank" rel="noopener">
                {t('payOnDevice')}
              </a>
            </p>
            <p aria-live="polite">{t('waiting')}</p>
          </div>
        )}

        {(step.step === 'paid' || step.step === 'owned') && (
          <div className="rent-done" aria-live="polite">
            <p>{step.step === 'paid' ? t('paid') : t('alreadyRented')}</p>
            <a className="button button-primary" href={watchHref}>
              {t('watchNow')}
            </a>
          </div>
        )}
      </ModalDialog>
    </div>
  )
}

async function fetchStatus(movieId: number): Promise<Status> {
  const r = await fetch(`/api/rentals/status?movie=${movieId}`, { credentials: 'same-origin', cache: 'no-store' })
  return r.ok ? ((await r.json()) as Status) : null
}

function timeLeftText(expiresAt: string, t: ReturnType<typeof useTranslations<'rent'>>): string {
  const left = timeLeft(expiresAt)
  return 'hours' in left ? t('rentedHoursLeft', left) : t('rentedMinutesLeft', left)
}
