import { getTranslations } from 'next-intl/server'
import { Suspense } from 'react'
import type { Locale } from '../../i18n/locales'
import { Link } from '../../i18n/navigation'
import { LanguageSwitcher } from './LanguageSwitcher'

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale })
  return (
    <header className="site-header">
      <Link className="brand" href="/" locale={locale}>
        {t('site.name')}
      </Link>
      <nav aria-label={t('nav.label')} className="main-nav">
        <Link href="/movies" locale={locale}>
          {t('nav.browse')}
        </Link>
      </nav>
      <form className="search-form" role="search" action={`/${locale}/movies`} method="get">
        <label htmlFor="site-search" className="visually-hidden">
          {t('search.label')}
        </label>
        <input id="site-search" name="q" type="search" placeholder={t('search.placeholder')} />
        <button type="submit">{t('search.submit')}</button>
      </form>
      <Suspense fallback={<LanguageSwitcher label={t('language.label')} names={{ en: t('language.en'), lo: t('language.lo') }} withQuery={false} />}>
        <LanguageSwitcher label={t('language.label')} names={{ en: t('language.en'), lo: t('language.lo') }} withQuery />
      </Suspense>
    </header>
  )
}
