'use client'
import { useTranslation } from '@payloadcms/ui'
import type { AdminText } from './adminText'

/** The editor's admin language as our strings have it: Lao, or English for any other language. */
export function useAdminLanguage(): 'en' | 'lo' {
  const { i18n } = useTranslation()
  return i18n.language === 'lo' ? 'lo' : 'en'
}

/**
 * Our admin components' strings in the editor's admin language: each component keeps a table of
 * `{ en, lo }` pairs beside it, and this picks one side.
 */
export function useAdminText<Key extends string>(table: Record<Key, AdminText>): Record<Key, string> {
  const side = useAdminLanguage()
  return Object.fromEntries(Object.entries<AdminText>(table).map(([key, text]) => [key, text[side]])) as Record<
    Key,
    string
  >
}
