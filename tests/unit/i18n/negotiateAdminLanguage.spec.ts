import { describe, expect, it } from 'vitest'
import { adminLanguageFromHeaders, withAdminLanguage } from '@/i18n/admin/negotiateAdminLanguage'

const headers = (values: Record<string, string>) => new Headers(values)

describe('the admin language of a browser that has not chosen one', () => {
  it('is Lao for Lao and Thai readers', () => {
    expect(adminLanguageFromHeaders(headers({ 'accept-language': 'lo-LA,lo;q=0.9,en;q=0.5' }))).toBe('lo')
    expect(adminLanguageFromHeaders(headers({ 'accept-language': 'th-TH,th;q=0.9' }))).toBe('lo')
  })

  it('is left to Payload for English readers and for a browser that has chosen', () => {
    expect(adminLanguageFromHeaders(headers({ 'accept-language': 'en-GB,en;q=0.9,lo;q=0.5' }))).toBeUndefined()
    expect(adminLanguageFromHeaders(headers({ 'accept-language': 'lo', cookie: 'payload-lng=en' }))).toBeUndefined()
  })

  it('reaches Payload as its own cookie, beside the ones the browser sent', () => {
    const sent = withAdminLanguage(headers({ cookie: 'payload-token=a1b2' }), 'lo')
    expect(sent.get('cookie')).toBe('payload-token=a1b2; payload-lng=lo')
    expect(withAdminLanguage(headers({}), 'lo').get('cookie')).toBe('payload-lng=lo')
  })
})
