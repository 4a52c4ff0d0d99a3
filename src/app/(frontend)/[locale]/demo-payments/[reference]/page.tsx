import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { localePath } from '@/i18n/paths'
import { requireLocale } from '@/i18n/requireLocale'
import { formatLak } from '@/lib/format'
import { checkoutProvider } from '@/lib/payments/providers'
import { payloadClient } from '@/lib/payload'
import { demoReferencePattern, readDemoLedger, simulateDemoPayment } from '@/lib/payments/providers/demo'

type Props = {
  params: Promise<{ locale: string; reference: string }>
  searchParams: Promise<{ done?: string; return?: string }>
}

/** Only a film page of this site: anything else would make the page an open redirect. */
const filmPage = (path: string | undefined) => (path && /^\/(en|lo)\/movies\/[a-z0-9-]+$/.test(path) ? path : null)

export const metadata: Metadata = { title: 'DEMO payment', robots: { index: false } }

/**
 * The demo payment provider's checkout page: what a viewer's banking app would show after
 * scanning the QR code. Exists only while the demo provider is the one taking payments.
 */
export default async function DemoPaymentPage({ params, searchParams }: Props) {
  const { reference } = await params
  const locale = await requireLocale(params)
  setRequestLocale(locale)
  if (checkoutProvider()?.name !== 'demo') notFound()
  const entry = demoReferencePattern.test(reference) ? await readDemoLedger(await payloadClient(), reference) : null
  const t = await getTranslations('demoPayment')
  const query = await searchParams
  const done = query.done === '1' || Boolean(entry?.paidAt)
  // Opened from the film page in the viewer's own tab: once paid, back to the film, where the rental shows.
  const returnTo = filmPage(query.return)

  async function pay() {
    'use server'
    await simulateDemoPayment(await payloadClient(), reference)
    redirect(returnTo ?? localePath(locale, `/demo-payments/${reference}`, { done: 1 }))
  }

  return (
    <article className="page demo-payment">
      <p className="demo-badge" role="note">
        {t('badge')}
      </p>
      <h1>{t('title')}</h1>
      {!entry ? (
        <p className="notice">{t('missing')}</p>
      ) : (
        <>
          <dl className="rent-facts">
            <dt>{t('for')}</dt>
            <dd>{entry.description}</dd>
            <dt>{t('amount')}</dt>
            <dd>{formatLak(entry.amountLak, locale)}</dd>
          </dl>
          {done ? (
            <p role="status">{t('done')}</p>
          ) : new Date(entry.expiresAt) < new Date() ? (
            <p className="notice">{t('expired')}</p>
          ) : (
            <form action={pay}>
              <button className="button button-primary" type="submit">
                {t('simulate')}
              </button>
            </form>
          )}
        </>
      )}
    </article>
  )
}
