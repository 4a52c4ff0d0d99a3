/** The events an integrator can subscribe an endpoint to (README › For integrators › Webhooks). */
export const webhookEvents = [
  'payment.paid',
  'payment.refund-needed',
  'rental.started',
  'movie.published',
  'movie.updated',
  'movie.available',
] as const

export type WebhookEvent = (typeof webhookEvents)[number]

/** What each event says, in the admin's two languages. */
export const webhookEventLabels: Record<WebhookEvent, { en: string; lo: string }> = {
  'payment.paid': { en: 'A payment was made', lo: 'ມີການຊຳລະເງິນແລ້ວ' },
  'payment.refund-needed': { en: 'A payment needs a refund', lo: 'ການຊຳລະເງິນຕ້ອງຄືນເງິນ' },
  'rental.started': { en: 'A rental started', lo: 'ການເຊົ່າເລີ່ມແລ້ວ' },
  'movie.published': { en: 'A film was published', lo: 'ຮູບເງົາຖືກເຜີຍແຜ່ແລ້ວ' },
  'movie.updated': { en: 'A published film changed', lo: 'ຮູບເງົາທີ່ເຜີຍແຜ່ແລ້ວມີການປ່ຽນແປງ' },
  'movie.available': { en: 'A film can be rented (its video is ready)', lo: 'ຮູບເງົາເຊົ່າໄດ້ແລ້ວ (ວິດີໂອພ້ອມ)' },
}

/**
 * The body of every delivery, as the Standard Webhooks specification recommends: the event's
 * type, when it happened, and a small `data` object with ids (integrators read the rest through
 * the API, under their own access rules). Never personal data: no emails, no names of viewers.
 */
export type WebhookMessage = { type: WebhookEvent; timestamp: string; data: Record<string, unknown> }
