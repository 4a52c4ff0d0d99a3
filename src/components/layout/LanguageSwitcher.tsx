'use client'
import { usePathname, useSearchParams } from 'next/navigation'
import { isLocale, locales, type Locale } from '@/i18n/locales'
import { localePath } from '@/i18n/paths'

type Props = { current: Locale; label: string; names: Record<Locale, string> }

/** Links to the same page in the other language, keeping its search and filters. */
export function LanguageSwitcher(props: Props) {
  const query = useSearchParams().toString()
  return <Switcher {...props} query={query} />
}

/** Before the browser knows the query (and without JavaScript): the same page, no query. */
export function LanguageSwitcherWithoutQuery(props: Props) {
  return <Switcher {...props} query="" />
}

function Switcher({ current, label, names, query }: Props & { query: string }) {
  const pathname = usePathname()
  // Browse results are served from an internal address (src/proxy.ts); link the public one.
  const [, first, ...others] = pathname.split('/')
  const rest = (isLocale(first) ? `/${others.join('/')}` : pathname).replace(/^\/movies\/results\/[^/]+$/, '/movies')
  return (
    <nav aria-label={label}>
      <ul className="language-switcher">
        {locales.map((code) => (
          <li key={code}>
            <a
              href={`${localePath(code, rest)}${query ? `?${query}` : ''}`}
              hrefLang={code}
              lang={code}
              aria-current={code === current ? 'true' : undefined}
            >
              {names[code]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
