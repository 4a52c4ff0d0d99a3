'use client'
import { useLocale } from 'next-intl'
import { useSearchParams } from 'next/navigation'
import { locales, type Locale } from '../../i18n/locales'
import { Link, usePathname } from '../../i18n/navigation'

/** Links to the same page in the other language (with the same filters and search). */
export function LanguageSwitcher({ label, names, withQuery }: { label: string; names: Record<Locale, string>; withQuery: boolean }) {
  const current = useLocale()
  const pathname = usePathname()
  return (
    <nav aria-label={label}>
      <ul className="language-switcher">
        {locales.map((code) => (
          <li key={code}>
            {withQuery ? (
              <LinkWithQuery code={code} pathname={pathname} current={current} name={names[code]} />
            ) : (
              <Link href={pathname} locale={code} hrefLang={code} lang={code} aria-current={code === current ? 'true' : undefined}>
                {names[code]}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}

function LinkWithQuery({ code, pathname, current, name }: { code: Locale; pathname: string; current: string; name: string }) {
  const query = Object.fromEntries(useSearchParams().entries())
  return (
    <Link href={{ pathname, query }} locale={code} hrefLang={code} lang={code} aria-current={code === current ? 'true' : undefined}>
      {name}
    </Link>
  )
}
