'use client'
import { useTranslation } from '@payloadcms/ui'
import type { AdminText } from './adminText'

/**
 * Our admin components' strings in the editor's admin language: each component keeps a table of
 * `{ en, lo }` pairs beside it, and this picks one side (English for any other language).
 */
export function useAdminText<Key extends string>(table: Record<Key, AdminText>): Record<Key, string> {
  const { i18n } = useTranslation()
  const side = i18n.language === 'lo' ? 'lo' : 'en'
  return Object.fromEntries(Object.entries<AdminText>(table).map(([key, text]) => [key, text[side]])) as Record<
    Key,
    string
  >
}
