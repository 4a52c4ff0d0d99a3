import { describe, expect, it } from 'vitest'
import { withoutEmptyParams } from '@/lib/catalogue/browseQuery'

describe('withoutEmptyParams', () => {
  it('drops what a GET form sends for its unset fields, keeping the rest in order', () => {
    expect(withoutEmptyParams(new URLSearchParams('genre=drama&year=&type=&sort='))).toBe('genre=drama')
    expect(withoutEmptyParams(new URLSearchParams('q=&genre='))).toBe('')
    expect(withoutEmptyParams(new URLSearchParams('q=%E0%BA%AA&year=&page=2'))).toBe('q=%E0%BA%AA&page=2')
  })

  it('is null when nothing is empty, so a clean address is served as it is', () => {
    expect(withoutEmptyParams(new URLSearchParams('genre=drama&year=2015'))).toBeNull()
    expect(withoutEmptyParams(new URLSearchParams(''))).toBeNull()
  })
})
