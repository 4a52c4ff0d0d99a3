import { describe, expect, it } from 'vitest'
import { slugify, validateSlug } from '@/lib/films/slug'

describe('slugs', () => {
  it('are made from English titles', () => {
    expect(slugify("The Weaver's Daughter")).toBe('the-weaver-s-daughter')
    expect(slugify('  Vientiane   Nights!  ')).toBe('vientiane-nights')
    expect(slugify('Café Société')).toBe('cafe-societe')
  })

  it('come out empty from Lao script, which has no Latin form', () => {
    expect(slugify('ສັນຍານຈາກໂພນສະຫວັນ')).toBe('')
  })

  it('are validated against the URL-safe shape', () => {
    const validate = (value: string) => validateSlug(value, {} as never)
    expect(validate('signal-from-phonsavan')).toBe(true)
    expect(validate('2019-film')).toBe(true)
    for (const bad of ['Signal', 'double--hyphen', '-leading', 'trailing-', 'ສັນຍານ', ''])
      expect(validate(bad)).not.toBe(true)
  })
})
