import type { Payload } from 'payload'
import type { WebhookEndpoint } from '../../../payload-types'
import { emailTranslator, escapeHtml, localesFirst } from '../email/bilingual'

/**
 * Emails every admin that an endpoint was disabled, in Lao first and English below (admins share
 * one message). A mail server that is down costs the notice, never the disabling (it is logged and
 * shown in the admin either way).
 */
export async function tellAdminsEndpointDisabled(payload: Payload, endpoint: WebhookEndpoint): Promise<void> {
  try {
    const { docs: admins } = await payload.find({
      collection: 'users',
      where: { role: { equals: 'admin' } },
      depth: 0,
      limit: 100,
      pagination: false,
      overrideAccess: true,
    })
    if (admins.length === 0) return
    const order = localesFirst('lo')
    const sections = order.map((locale) => {
      const t = emailTranslator(locale, 'webhookDisabledEmail')
      const values = {
        url: endpoint.url,
        description: endpoint.description || '—',
        reason: endpoint.disabledReason ?? '',
      }
      return {
        subject: t('subject', values),
        lines: [t('body', values), t('reason', values), t('action')],
      }
    })
    const text = sections.map((s) => s.lines.join('\n\n')).join('\n\n———\n\n')
    const html = sections
      .map((s, i) => `<section lang="${order[i]}">${s.lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</section>`)
      .join('<hr>')
    const subject = sections.map((s) => s.subject).join(' · ')
    // One message each: no admin learns the others' addresses.
    await Promise.all(admins.map((admin) => payload.sendEmail({ to: admin.email, subject, text, html })))
  } catch (error) {
    payload.logger.error(
      { err: error, endpoint: endpoint.id },
      'could not tell the admins a webhook endpoint was disabled',
    )
  }
}
