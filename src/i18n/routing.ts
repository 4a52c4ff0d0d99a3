import { defineRouting } from 'next-intl/routing'
import { defaultLocale, locales } from './locales'

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  // `/` is negotiated in proxy.ts (Thai readers go to Lao); next-intl's own detection would send them to English.
  localeDetection: false,
  // No NEXT_LOCALE cookie: nothing reads it (see above), and a Set-Cookie on every page would keep
  // CDNs from caching any of them.
  localeCookie: false,
})
