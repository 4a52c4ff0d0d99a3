import { describe, expect, it } from 'vitest'
import { formatPlaybackTime } from '@/lib/format'

describe('a position in a film, as the resume prompt shows it', () => {
  it('is m:ss under an hour and h:mm:ss from an hour on', () => {
    expect(formatPlaybackTime(0)).toBe('0:00')
    expect(formatPlaybackTime(35.9)).toBe('0:35')
    expect(formatPlaybackTime(2530)).toBe('42:10')
    expect(formatPlaybackTime(4000)).toBe('1:06:40')
  })
})
