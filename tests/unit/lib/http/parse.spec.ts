import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { PublicError } from '@/lib/http/errors'
import { id, parseBody, parseParams, text } from '@/lib/http/parse'

const refusal = (run: () => unknown) => {
  try {
    run()
  } catch (error) {
    return error as PublicError
  }
  throw new Error('not refused')
}

describe('id', () => {
  it('takes positive 32-bit integers, as numbers or digits', () => {
    expect(id.parse(1)).toBe(1)
    expect(id.parse('42')).toBe(42)
    expect(id.parse(2_147_483_647)).toBe(2_147_483_647)
  })

  it.each([true, false, null, 0, -1, 1.5, 2_147_483_648, '1e3', '0x10', ' 1', '', 'ສັນຍານ', [1], {}])(
    'refuses %j',
    (value) => {
      expect(id.safeParse(value).success).toBe(false)
    },
  )
})

describe('parseParams and parseBody', () => {
  it('name the field that is wrong, with a 400', () => {
    const error = refusal(() => parseParams(z.object({ movie: id }), { movie: 'true' }))
    expect(error).toBeInstanceOf(PublicError)
    expect(error.status).toBe(400)
    expect(error.field).toBe('movie')
  })

  it('refuse NUL characters and overlong text', () => {
    expect(refusal(() => parseParams(z.object({ code: text(10) }), { code: 'a\u0000b' })).message).toMatch(/NUL/)
    expect(refusal(() => parseParams(z.object({ code: text(10) }), { code: 'ສ'.repeat(11) })).message).toMatch(
      /at most 10/,
    )
  })

  it('refuses a body past its limit with 413, and one that is not JSON with 400', async () => {
    const request = (body: string) => new Request('http://localhost/api/x', { method: 'POST', body })
    await expect(parseBody(request('x'.repeat(100)), z.object({}), { maxBytes: 10 })).rejects.toMatchObject({
      status: 413,
    })
    await expect(parseBody(request('{'), z.object({}))).rejects.toMatchObject({ status: 400 })
    await expect(parseBody(request('{"title":"ສັນຍານ"}'), z.object({ title: text(20) }))).resolves.toEqual({
      title: 'ສັນຍານ',
    })
  })
})
