import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { ResetPasswordForm } from '@/components/account/AccountForms'
import { AccountPage } from '@/components/account/AccountPage'
import { localePath } from '@/i18n/paths'
import { requireLocale } from '@/i18n/requireLocale'
import { accountMetadata } from '@/lib/seo/accountMetadata'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string }> }

// Rendered per request: it reads the query (or the viewer), unlike the cached catalogue pages.
export const dynamic = 'force-dynamic'

// The token in the address must not travel on to other sites in a Referer header.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { ...(await accountMetadata(await requireLocale(params), 'resetTitle')), referrer: 'no-referrer' }
}

export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const locale = await requireLocale(params)
  setRequestLocale(locale)
  const { token } = await searchParams
  const t = await getTranslations('account')
  return (
    <AccountPage title={t('resetTitle')}>
      {token ? (
        <ResetPasswordForm locale={locale} token={token} />
      ) : (
        <p className="notice">
          {t('resetInvalid')} <a href={localePath(locale, '/forgot-password')}>{t('forgot')}</a>
        </p>
      )}
    </AccountPage>
  )
}
