import { describe, expect, it } from 'vitest'
import { levelsAboveCap } from '@/components/watch/dataSaver'

// hls.js orders levels by bitrate, lowest first, as the sample ladder's master lists them reversed.
const ladder = [{ height: 240 }, { height: 360 }, { height: 480 }, { height: 720 }, { height: 1080 }]

describe('levelsAboveCap', () => {
  it('drops every level taller than the cap, highest index first', () => {
    expect(levelsAboveCap(ladder, 360)).toEqual([4, 3, 2])
    expect(levelsAboveCap(ladder, 240)).toEqual([4, 3, 2, 1])
  })

  it('drops nothing when data saver is off', () => {
    expect(levelsAboveCap(ladder, null)).toEqual([])
  })

  it('keeps the lowest level of a ladder that starts above the cap', () => {
    expect(levelsAboveCap([{ height: 1080 }, { height: 480 }, { height: 720 }], 240)).toEqual([2, 0])
  })
})
