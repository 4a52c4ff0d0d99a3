'use client'
import { useTranslation } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import { useEffect, type ReactNode } from 'react'
import { adminLanguageCookie, isAdminLanguage } from '@/i18n/admin/adminLanguage'

const cookieLanguage = () =>
  document.cookie
    .split(';')
    .map((cookie) => cookie.trim())
    .find((cookie) => cookie.startsWith(`${adminLanguageCookie}=`))
    ?.slice(adminLanguageCookie.length + 1)

/**
 * Logging in sets the editor's admin language (cookie) but Payload moves on to the dashboard without
 * rendering its shell again, which still speaks the login screen's language: switch it once here.
 * The shell outlives client-side navigation, so the check runs on every change of page.
 */
export function AdminLanguageProvider({ children }: { children?: ReactNode }) {
  const { i18n, switchLanguage } = useTranslation()
  const pathname = usePathname()
  useEffect(() => {
    const chosen = cookieLanguage()
    if (!isAdminLanguage(chosen) || chosen === i18n.language || !switchLanguage) return
    // Payload types the switch with its own 44 languages; 'lo' is ours (src/i18n/admin/adminLanguages.ts).
    void (switchLanguage as (language: string) => Promise<void>)(chosen)
  }, [pathname, i18n.language, switchLanguage])
  return <>{children}</>
}
