import { describe, expect, it } from 'vitest'
import { negotiateLocale } from '@/i18n/negotiateLocale'

describe('negotiateLocale (the / redirect)', () => {
  it.each([
    ['lo', 'lo'],
    ['lo-LA,lo;q=0.9,en;q=0.8', 'lo'],
    ['th-TH,th;q=0.9', 'lo'],
    ['en-US,en;q=0.9', 'en'],
    ['fr-FR,fr;q=0.9', 'en'],
    ['', 'en'],
    [null, 'en'],
    ['en;q=0.5,lo;q=0.9', 'lo'],
    ['th;q=0,en', 'en'],
    ['fr, lo;q=0.8', 'lo'],
    ['*', 'en'],
  ])('%s → %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected)
  })
})
