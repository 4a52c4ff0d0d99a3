import { getTranslations } from 'next-intl/server'
import { Suspense } from 'react'
import { perLocale, type Locale } from '@/i18n/locales'
import { localePath } from '@/i18n/paths'
import { AccountLink } from '../account/AccountLink'
import { BrowseIcon, SearchIcon } from './icons'
import { siteSearchInputId } from './siteSearch'
import { LanguageSwitcher, LanguageSwitcherWithoutQuery } from './LanguageSwitcher'

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale })
  const switcher = {
    current: locale,
    label: t('language.label'),
    names: perLocale((code) => t(`language.${code}`)),
  }
  return (
    <header className="site-header">
      <a className="brand" href={localePath(locale, '/')}>
        {t('site.name')}
      </a>
      <nav aria-label={t('nav.label')} className="main-nav">
        <a href={localePath(locale, '/movies')}>
          <BrowseIcon />
          <span className="header-label">{t('nav.browse')}</span>
        </a>
      </nav>
      <form className="search-form" role="search" action={localePath(locale, '/movies')} method="get">
        <label htmlFor={siteSearchInputId} className="visually-hidden">
          {t('search.label')}
        </label>
        <input id={siteSearchInputId} name="q" type="search" placeholder={t('search.label')} />
        <button type="submit">
          <SearchIcon />
          <span className="header-label">{t('search.submit')}</span>
        </button>
      </form>
      <AccountLink locale={locale} logIn={t('account.logIn')} profile={t('account.profile')} />
      <Suspense fallback={<LanguageSwitcherWithoutQuery {...switcher} />}>
        <LanguageSwitcher {...switcher} />
      </Suspense>
    </header>
  )
}
