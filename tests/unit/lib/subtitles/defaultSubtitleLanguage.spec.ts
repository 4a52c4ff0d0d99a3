import { describe, expect, it } from 'vitest'
import { defaultSubtitleLanguage } from '@/lib/subtitles/defaultSubtitleLanguage'

describe('the subtitles a film starts with', () => {
  const both = ['en', 'lo']
  it('follows the viewer’s chosen subtitle language when the film has it', () => {
    expect(
      defaultSubtitleLanguage({ available: both, preferred: 'lo', filmLanguage: 'lo', interfaceLanguage: 'lo' }),
    ).toBe('lo')
    expect(
      defaultSubtitleLanguage({ available: ['en'], preferred: 'lo', filmLanguage: 'lo', interfaceLanguage: 'lo' }),
    ).toBeNull()
  })
  it('turns on the interface language when the film is in another language', () => {
    expect(defaultSubtitleLanguage({ available: both, filmLanguage: 'lo', interfaceLanguage: 'en' })).toBe('en')
    expect(defaultSubtitleLanguage({ available: both, filmLanguage: 'en', interfaceLanguage: 'lo' })).toBe('lo')
  })
  it('stays off for a film in the interface’s own language', () => {
    expect(defaultSubtitleLanguage({ available: both, filmLanguage: 'lo', interfaceLanguage: 'lo' })).toBeNull()
  })
})
