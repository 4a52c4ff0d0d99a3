import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'
import { sqlFor } from '../database/sqlFor'
import { PublicError } from '../http/errors'

export const normalizePromoCode = (code: string) => code.trim().toUpperCase()

type PromoRow = {
  id: number
  kind: 'percentage' | 'fixed' | 'free'
  percent_off: number | null
  amount_off_lak: number | null
  valid_from: Date | null
  valid_until: Date | null
  max_uses: number | null
  movie_id: number | null
}

/** Why a code was refused, in `data.reason`, for the rent dialog to say it in the viewer's language. */
export type PromoRefusal =
  'promo-unknown' | 'promo-not-yet-valid' | 'promo-expired' | 'promo-other-film' | 'promo-used-up'

const promoRefused = (status: number, message: string, reason: PromoRefusal) =>
  new PublicError(status, message, 'promoCode', { data: { reason } })

/**
 * Redeems a code for one checkout inside the caller's transaction and answers the price to pay.
 * The code's row stays locked until that transaction ends, so concurrent redemptions queue and
 * the count is exact. A use is a payment made with the code that is paid, or still pending with
 * a live checkout: a checkout abandoned until it expires gives its use back.
 */
export async function redeemPromoCode(
  payload: Payload,
  req: PayloadRequest,
  input: { code: string; movieId: number; listPriceLak: number },
): Promise<{ promoCodeId: number; amountLak: number }> {
  const db = await sqlFor(payload, req)
  const { rows } = await db.execute(sql`
    SELECT id, kind, percent_off, amount_off_lak, valid_from, valid_until, max_uses, movie_id
    FROM promo_codes WHERE code = ${normalizePromoCode(input.code)} FOR UPDATE`)
  const promo = rows[0] as PromoRow | undefined
  if (!promo) throw promoRefused(400, 'This promo code does not exist.', 'promo-unknown')
  const now = new Date()
  if (promo.valid_from && new Date(promo.valid_from) > now)
    throw promoRefused(400, 'This promo code is not valid yet.', 'promo-not-yet-valid')
  if (promo.valid_until && new Date(promo.valid_until) < now)
    throw promoRefused(400, 'This promo code has expired.', 'promo-expired')
  if (promo.movie_id !== null && promo.movie_id !== input.movieId)
    throw promoRefused(400, 'This promo code is for another film.', 'promo-other-film')

  const used = await countUses(payload, req, promo.id)
  if (promo.max_uses !== null && used >= promo.max_uses)
    throw promoRefused(409, 'This promo code has been used up.', 'promo-used-up')
  await db.execute(sql`UPDATE promo_codes SET uses = ${used + 1}, updated_at = now() WHERE id = ${promo.id}`)
  return { promoCodeId: promo.id, amountLak: discounted(promo, input.listPriceLak) }
}

async function countUses(payload: Payload, req: PayloadRequest, promoCodeId: number): Promise<number> {
  const db = await sqlFor(payload, req)
  const { rows } = await db.execute(sql`
    SELECT count(*)::int AS uses FROM payments
    WHERE promo_code_id = ${promoCodeId}
      AND (status IN ('paid', 'needs-refund') OR (status = 'pending' AND checkout_expires_at > now()))`)
  return Number(rows[0]?.uses ?? 0)
}

function discounted(promo: PromoRow, listPriceLak: number): number {
  if (promo.kind === 'free') return 0
  if (promo.kind === 'percentage')
    return Math.max(0, Math.round((listPriceLak * (100 - (promo.percent_off ?? 0))) / 100))
  return Math.max(0, listPriceLak - (promo.amount_off_lak ?? 0))
}
