import { describe, expect, it } from 'vitest'
import { dataCosts, formatDataSize } from '@/lib/films/dataCost'

describe('dataCosts', () => {
  it('is bandwidth × length: 800 kbps for 90 minutes is 540 MB', () => {
    const costs = dataCosts(
      [
        { name: '1080p', bandwidth: 5_000_000 },
        { name: '360p', bandwidth: 800_000 },
      ],
      90 * 60,
    )
    expect(costs).toEqual([
      { quality: '1080p', bytes: 3_375_000_000 },
      { quality: '360p', bytes: 540_000_000 },
    ])
  })

  it('says nothing when the length is unknown', () => {
    expect(dataCosts([{ name: '360p', bandwidth: 800_000 }], null)).toEqual([])
    expect(dataCosts([{ name: '360p', bandwidth: 800_000 }], 0)).toEqual([])
  })
})

describe('formatDataSize', () => {
  it('words megabytes and gigabytes in each locale’s own numbers', () => {
    expect(formatDataSize(540_000_000, 'en')).toBe('540 MB')
    expect(formatDataSize(3_375_000_000, 'en')).toBe('3.4 GB')
    expect(formatDataSize(3_375_000_000, 'lo')).toBe('3,4 GB')
    expect(formatDataSize(1_250_000, 'lo')).toBe('1 MB')
  })

  it('never says 0 MB for a short clip', () => {
    expect(formatDataSize(200_000, 'en')).toBe('1 MB')
  })
})
