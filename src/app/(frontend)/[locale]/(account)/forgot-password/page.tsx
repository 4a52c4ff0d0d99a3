import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { ForgotPasswordForm } from '@/components/account/AccountForms'
import { AccountPage } from '@/components/account/AccountPage'
import { requireLocale } from '@/i18n/requireLocale'
import { accountMetadata } from '@/lib/seo/accountMetadata'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return accountMetadata(await requireLocale(params), 'forgotTitle')
}

export default async function ForgotPasswordPage({ params }: Props) {
  const locale = await requireLocale(params)
  setRequestLocale(locale)
  const t = await getTranslations('account')
  return (
    <AccountPage title={t('forgotTitle')}>
      <p>{t('forgotIntro')}</p>
      <ForgotPasswordForm />
    </AccountPage>
  )
}
