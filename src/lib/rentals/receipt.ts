import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import { relationId } from '../database/relationId'
import { emailTranslator, escapeHtml, localesFirst } from '../email/bilingual'
import { readFilmText } from '../films/filmText'
import { formatDateTime, formatLak } from '../format'

/**
 * Emails the receipt of a paid rental to its account holder, in the language they paid in first
 * and the other one below. Sent after the payment's transaction commits; a mail server that is
 * down costs the viewer a receipt, never the rental.
 */
export async function sendRentalReceipt(payload: Payload, paymentId: number): Promise<void> {
  try {
    const payment = await payload.findByID({ collection: 'payments', id: paymentId, depth: 0, overrideAccess: true })
    if (!payment.user) return // anonymous viewers have no address to write to
    const userId = relationId(payment.user)
    const user = await payload.findByID({ collection: 'users', id: userId, depth: 0, overrideAccess: true })
    const { docs } = await payload.find({
      collection: 'rentals',
      where: { payment: { equals: paymentId } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
    })
    const rental = docs[0]
    if (!rental) return

    const film = await readFilmText(payload, relationId(payment.movie))
    const order = localesFirst(payment.locale as Locale | null)
    const sections = order.map((locale) => {
      const { title } = film[locale]
      const t = emailTranslator(locale, 'receipt')
      const when = (iso: string) => formatDateTime(iso, locale)
      return {
        subject: t('subject', { title }),
        lines: [
          t('greeting'),
          t('rented', { title }),
          t('amount', { amount: formatLak(payment.amountLak, locale) }),
          t('window', { from: when(rental.startsAt), until: when(rental.expiresAt) }),
          t('reference', { reference: payment.reference ?? String(payment.id) }),
          t('thanks'),
        ],
      }
    })
    const text = sections.map((s) => s.lines.join('\n\n')).join('\n\n———\n\n')
    const html = sections
      .map(
        (s, i) =>
          `<section lang="${order[i]}">${s.lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}</section>`,
      )
      .join('<hr>')
    await payload.sendEmail({ to: user.email, subject: sections.map((s) => s.subject).join(' · '), text, html })
  } catch (error) {
    payload.logger.error({ err: error, paymentId }, 'could not send the rental receipt')
  }
}
