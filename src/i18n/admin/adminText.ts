/** One admin string in both admin languages: Payload's own shape for labels and descriptions. */
export type AdminText = { en: string; lo: string }

type WithLanguage = { i18n?: { language?: string } } | null | undefined

/**
 * The string in the caller's admin language, for what Payload does not translate itself: messages
 * returned by our validate functions and hooks, and text built in our admin components.
 */
export const inAdminLanguage = (text: AdminText, req: WithLanguage): string =>
  req?.i18n?.language === 'lo' ? text.lo : text.en

/** A whole table of `{ en, lo }` strings on one side, for server components that know the language. */
export const adminTextIn = <Key extends string>(
  table: Record<Key, AdminText>,
  language: string | undefined,
): Record<Key, string> =>
  Object.fromEntries(
    Object.entries<AdminText>(table).map(([key, text]) => [key, language === 'lo' ? text.lo : text.en]),
  ) as Record<Key, string>
