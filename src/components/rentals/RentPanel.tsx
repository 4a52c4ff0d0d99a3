'use client'
import { useSearchParams } from 'next/navigation'
import { useTranslations } from 'next-intl'
import { useCallback, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react'
import type { Locale } from '@/i18n/locales'
import type { PublicErrorItem } from '@/lib/http/errorResponse'
import type { CheckoutAnswer } from '@/lib/rentals/checkout'
import type { RentalState } from '@/lib/rentals/viewerRentals'
import { paymentStatus, rentalStatus, startCheckout } from '../api'
import { ModalDialog } from '../layout/ModalDialog'
import { RentalTimeLeft } from './RentalTimeLeft'

type Props = {
  movieId: number
  title: string
  /** Already formatted for the locale, e.g. "₭20.000". */
  price: string
  /** e.g. "24 hours", "7 days". */
  window: string
  /** The data a whole viewing takes at each quality, worded for the locale: "360p", "540 MB". */
  dataCosts: { quality: string; size: string }[]
  locale: Locale
  watchHref: string
  /** This page's address: the demo provider's page, opened in this tab, comes back here once paid. */
  filmPath: string
}

type Step = { step: 'start' } | { step: 'pay'; checkout: CheckoutAnswer } | { step: 'paid' } | { step: 'owned' }

/**
 * Renting, on the film page: the viewer's rental state (read in the browser, so the page itself
 * stays one cached page for everyone), and the payment dialog. Prices and windows shown here are
 * the server's; the server takes the amount from the film again when the checkout is made.
 */
export function RentPanel({
  movieId,
  title,
  price,
  window: windowLabel,
  dataCosts,
  locale,
  watchHref,
  filmPath,
}: Props) {
  const t = useTranslations('rent')
  const reason = useSearchParams().get('rental')
  const dialog = useRef<HTMLDialogElement>(null)
  const [status, setStatus] = useState<RentalState | null>(null)
  const [step, setStep] = useState<Step>({ step: 'start' })
  const [error, setError] = useState<PublicErrorItem | null>(null)
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
      const answer = await paymentStatus(id)
      if (answer.ok && answer.data.rental) {
        setStep({ step: 'paid' })
        void refresh()
      }
    }, 1500)
    return () => clearInterval(timer)
  }, [step, refresh])

  async function submitCheckout(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setBusy(true)
    setError(null)
    const promoCode = String(new FormData(event.currentTarget).get('promoCode') ?? '')
    const answer = await startCheckout({ movie: movieId, promoCode, locale })
    setBusy(false)
    if (!answer.ok && answer.status === 409 && !answer.errors[0]?.field) {
      setStep({ step: 'owned' })
      void refresh()
    } else if (!answer.ok) {
      const refusal = answer.errors[0]
      setError({
        message: t(refusalKey(answer.status, refusal), { minutes: waitMinutes(refusal) }),
        field: refusal?.field,
      })
    } else if (answer.data.rental) {
      setStep({ step: 'paid' })
      void refresh()
    } else {
      setStep({ step: 'pay', checkout: answer.data })
    }
  }

  return (
    <div className="rent-panel" data-testid="rent-panel">
      {status?.state === 'active' ? (
        <>
          <p className="rental-left" data-testid="rental-left">
            <RentalTimeLeft expiresAt={status.expiresAt} />
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
        {dataCosts.length > 0 && (
          <section className="data-costs" aria-labelledby="data-costs-title" data-testid="data-costs">
            <h3 id="data-costs-title">{t('dataTitle')}</h3>
            <ul>
              {dataCosts.map((cost) => (
                <li key={cost.quality}>{t('dataLine', cost)}</li>
              ))}
            </ul>
            <p>{t('dataNote')}</p>
          </section>
        )}

        {step.step === 'start' && (
          <form onSubmit={submitCheckout} noValidate>
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
              <PayHereLink checkoutUrl={step.checkout.checkout.url} filmPath={filmPath}>
                {t('payOnDevice')}
              </PayHereLink>
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

async function fetchStatus(movieId: number): Promise<RentalState | null> {
  const answer = await rentalStatus(movieId)
  return answer.ok ? answer.data : null
}

/**
 * The provider's page, for paying on this device. Ours (the demo provider lives in the app) opens in
 * this tab and is told where to come back to; a QR code scanned on a phone opens it without, since
 * the phone is not the viewer's browser. Another site's page opens beside this one.
 */
function PayHereLink({
  checkoutUrl,
  filmPath,
  children,
}: {
  checkoutUrl: string
  filmPath: string
  children: ReactNode
}) {
  // Rendered only after the viewer asked to pay, never on the server: `window` is there.
  const url = new URL(checkoutUrl, window.location.href)
  if (url.origin !== window.location.origin)
    return (
      <a className="button" href={checkoutUrl} target="_blank" rel="noopener">
        {children}
      </a>
    )
  url.searchParams.set('return', filmPath)
  return (
    <a className="button" href={url.toString()}>
      {children}
    </a>
  )
}

/**
 * The rent dialog's words for a refused checkout, in the viewer's language: the server's messages
 * are English, for integrators. Its `data.reason` and status say which refusal it is.
 */
function refusalKey(status: number, refusal: PublicErrorItem | undefined) {
  const reason = refusal?.data?.reason
  if (reason === 'coming-soon') return 'comingSoon' // taken off the site since the page was made
  if (reason === 'promo-unknown') return 'promoUnknown'
  if (reason === 'promo-not-yet-valid') return 'promoNotYetValid'
  if (reason === 'promo-expired') return 'promoExpired'
  if (reason === 'promo-other-film') return 'promoOtherFilm'
  if (reason === 'promo-used-up') return 'promoUsedUp'
  if (status === 429) return 'tooMany'
  if (status === 503) return 'unavailable'
  if (refusal?.field === 'promoCode') return 'promoInvalid'
  return 'failed'
}

const waitMinutes = (refusal: PublicErrorItem | undefined) =>
  Math.max(1, Math.ceil(Number(refusal?.data?.retryAfterSeconds ?? 60) / 60))
