import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { SignUpForm } from '@/components/account/AccountForms'
import { AccountPage } from '@/components/account/AccountPage'
import { localePath } from '@/i18n/paths'
import { requireLocale } from '@/i18n/requireLocale'
import { accountMetadata } from '@/lib/seo/accountMetadata'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string }> }

// Rendered per request: it reads the query (or the viewer), unlike the cached catalogue pages.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return accountMetadata(await requireLocale(params), 'signUp')
}

export default async function SignUpPage({ params, searchParams }: Props) {
  const locale = await requireLocale(params)
  setRequestLocale(locale)
  const { next } = await searchParams
  const t = await getTranslations('account')
  return (
    <AccountPage title={t('signUp')}>
      <SignUpForm locale={locale} next={next} />
      <p>
        <a href={localePath(locale, '/login', { next })}>{t('haveAccount')}</a>
      </p>
    </AccountPage>
  )
}
