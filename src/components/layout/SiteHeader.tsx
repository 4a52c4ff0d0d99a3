import { getTranslations } from 'next-intl/server'
import Link from 'next/link'
import { locales, type Locale } from '../../i18n/locales'

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale })
  return (
    <header className="site-header">
      <Link className="brand" href={`/${locale}`}>
        {t('site.name')}
      </Link>
      <nav aria-label={t('language.label')}>
        <ul className="language-switcher">
          {locales.map((code) => (
            <li key={code}>
              <Link href={`/${code}`} hrefLang={code} lang={code} aria-current={code === locale}>
                {t(`language.${code}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  )
}
