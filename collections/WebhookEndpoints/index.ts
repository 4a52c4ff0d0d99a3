import type { CollectionConfig } from 'payload'
import { webhookEventLabels, webhookEvents } from '@/lib/webhooks/events'
import { adminsOnly } from '../access/adminsOnly'
import { keepSecretAndReason } from './hooks/keepSecretAndReason'
import { validateWebhookUrl } from './validateWebhookUrl'

/**
 * Where integrators receive signed webhooks (README › For integrators › Webhooks). Admins alone
 * register, read (the secret included) and remove them.
 */
export const WebhookEndpoints: CollectionConfig<'webhook-endpoints'> = {
  slug: 'webhook-endpoints',
  labels: {
    singular: { en: 'Webhook endpoint', lo: 'ປາຍທາງ Webhook' },
    plural: { en: 'Webhook endpoints', lo: 'ປາຍທາງ Webhook' },
  },
  admin: {
    useAsTitle: 'url',
    defaultColumns: ['url', 'description', 'events', 'enabled', 'disabledReason'],
    group: { en: 'Integrations', lo: 'ການເຊື່ອມຕໍ່ລະບົບ' },
  },
  access: { create: adminsOnly, read: adminsOnly, update: adminsOnly, delete: adminsOnly },
  hooks: { beforeChange: [keepSecretAndReason] },
  fields: [
    {
      name: 'url',
      type: 'text',
      required: true,
      maxLength: 2000,
      validate: validateWebhookUrl,
      label: { en: 'Address (URL)', lo: 'ທີ່ຢູ່ (URL)' },
      admin: {
        description: {
          en: 'The integrator’s HTTPS address that receives a POST for each event.',
          lo: 'ທີ່ຢູ່ HTTPS ຂອງຜູ້ເຊື່ອມຕໍ່ ທີ່ຮັບ POST ສຳລັບແຕ່ລະເຫດການ.',
        },
      },
    },
    {
      name: 'description',
      type: 'text',
      maxLength: 300,
      label: { en: 'Description', lo: 'ຄຳອະທິບາຍ' },
    },
    {
      name: 'events',
      type: 'select',
      hasMany: true,
      required: true,
      label: { en: 'Events', lo: 'ເຫດການ' },
      options: webhookEvents.map((value) => ({ value, label: webhookEventLabels[value] })),
    },
    {
      name: 'enabled',
      type: 'checkbox',
      defaultValue: true,
      label: { en: 'Enabled', lo: 'ເປີດໃຊ້' },
      admin: {
        position: 'sidebar',
        description: {
          en: 'Switched off by itself when every delivery fails for a day; switch it on again once fixed.',
          lo: 'ຈະປິດເອງເມື່ອການສົ່ງທຸກຄັ້ງລົ້ມເຫຼວຕະຫຼອດໜຶ່ງມື້; ເປີດຄືນເມື່ອແກ້ໄຂແລ້ວ.',
        },
      },
    },
    {
      name: 'disabledReason',
      type: 'text',
      label: { en: 'Why it was disabled', lo: 'ເປັນຫຍັງຈຶ່ງຖືກປິດ' },
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.disabledReason) },
    },
    {
      name: 'disabledAt',
      type: 'date',
      label: { en: 'Disabled at', lo: 'ປິດເມື່ອ' },
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.disabledAt) },
    },
    {
      name: 'secret',
      type: 'text',
      label: { en: 'Signing secret', lo: 'ລະຫັດລັບສຳລັບລົງລາຍເຊັນ' },
      admin: {
        readOnly: true,
        description: {
          en: 'Made by the server when the endpoint is saved. Give it to the integrator to verify signatures.',
          lo: 'ເຊີບເວີສ້າງໃຫ້ເມື່ອບັນທຶກປາຍທາງ. ມອບໃຫ້ຜູ້ເຊື່ອມຕໍ່ເພື່ອກວດລາຍເຊັນ.',
        },
      },
    },
  ],
}
