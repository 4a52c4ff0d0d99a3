import { describe, expect, it } from 'vitest'
import { escapeHtml } from '@/lib/email/bilingual'
import { plainTextOf } from '@/lib/email/plainText'

describe('plainTextOf', () => {
  it('keeps every paragraph and spells links out, sections parted by a rule', () => {
    const link = 'https://laocinema.la/lo/reset-password?token=ab12'
    const html =
      `<section lang="lo"><p>${escapeHtml('ສະບາຍດີ <ນາງ ແກ້ວ> & “ເພື່ອນ”,')}</p>` +
      `<p><a href="${link}">${link}</a></p></section>` +
      `<hr><section lang="en"><p>Hello,</p><p><a href="https://x.test/a">the film</a></p></section>`
    expect(plainTextOf(html)).toBe(
      `ສະບາຍດີ <ນາງ ແກ້ວ> & “ເພື່ອນ”,\n\n${link}\n\n———\n\nHello,\n\nthe film (https://x.test/a)`,
    )
  })
})
