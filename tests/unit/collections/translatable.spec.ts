import { describe, expect, it } from 'vitest'
import { laoSaveBody, translatedCount, translationRows } from '../../../collections/shared/translation/translatable'

// A film as the REST API answers with locale=all and depth=1.
const film = {
  id: 7,
  title: { en: 'The Weaver of Sam Neua', lo: 'ຊ່າງທໍແຫ່ງຊຳເໜືອ' },
  tagline: { en: 'Every thread remembers.', lo: null },
  overview: { en: '', lo: null },
  cast: [
    { id: 'c1', person: { id: 3, name: { en: 'Noy Phommachanh' } }, order: 0, character: { en: 'Mother', lo: null } },
    { id: 'c2', person: 4, order: 1, character: { en: '', lo: '' } },
  ],
  crew: [{ id: 'w1', person: 5, department: 'directing', job: { en: 'Director', lo: 'ຜູ້ກຳກັບ' } }],
}

describe('the rows of the translation view', () => {
  it('lists every English text once, with its Lao value, and counts the translated ones', () => {
    const rows = translationRows('movies', film)
    expect(rows.map((row) => row.key)).toEqual(['title', 'tagline', 'cast.c1.character', 'crew.w1.job'])
    expect(rows.find((row) => row.key === 'cast.c1.character')?.context).toBe('Noy Phommachanh')
    expect(translatedCount(rows)).toBe(2)
  })
})

describe('a save in Lao', () => {
  it('sends a top-level text alone, and no array that did not change', () => {
    expect(laoSaveBody('movies', film, { tagline: 'ທຸກເສັ້ນໄໝຈື່ຈຳ' })).toEqual({ tagline: 'ທຸກເສັ້ນໄໝຈື່ຈຳ' })
  })

  it('sends a changed array whole, each row with its shared values and its own Lao', () => {
    const body = laoSaveBody('movies', film, { 'cast.c1.character': 'ແມ່' })
    expect(body).toEqual({
      cast: [
        { id: 'c1', person: 3, order: 0, character: 'ແມ່' },
        { id: 'c2', person: 4, order: 1, character: '' },
      ],
    })
  })
})
