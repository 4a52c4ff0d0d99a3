import { readFileSync } from 'node:fs'

export type Messages = typeof import('../../messages/en.json')

/** A locale's UI messages. Read, not imported: Playwright loads test files as plain ES modules. */
export const messages = (locale: 'en' | 'lo'): Messages =>
  JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Messages

/** A message with its `{name}` placeholders filled, as next-intl fills the simple ones. */
export const fill = (message: string, values: Record<string, string>) =>
  message.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)
