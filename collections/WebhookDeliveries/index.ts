import type { CollectionConfig } from 'payload'
import { webhookEventLabels, webhookEvents } from '@/lib/webhooks/events'
import { adminsOnly } from '../access/adminsOnly'
import { nobody } from '../access/nobody'
import { sendAgain } from './endpoints/sendAgain'

const statusLabels = {
  pending: { en: 'Pending', lo: 'ລໍຖ້າ' },
  succeeded: { en: 'Succeeded', lo: 'ສຳເລັດ' },
  failed: { en: 'Failed, will retry', lo: 'ລົ້ມເຫຼວ, ຈະລອງໃໝ່' },
  abandoned: { en: 'Abandoned', lo: 'ຍົກເລີກແລ້ວ' },
}

/**
 * The delivery log: one row per event per endpoint, written in the transaction of the change it
 * reports (src/lib/webhooks/emit.ts) and updated by the worker after each try. Only the server
 * writes it; admins read it and send a delivery again.
 */
export const WebhookDeliveries: CollectionConfig<'webhook-deliveries'> = {
  slug: 'webhook-deliveries',
  labels: {
    singular: { en: 'Webhook delivery', lo: 'ການສົ່ງ Webhook' },
    plural: { en: 'Webhook deliveries', lo: 'ບັນທຶກການສົ່ງ Webhook' },
  },
  admin: {
    useAsTitle: 'messageId',
    defaultColumns: ['eventType', 'endpoint', 'status', 'attempts', 'lastStatusCode', 'createdAt'],
    group: { en: 'Integrations', lo: 'ການເຊື່ອມຕໍ່ລະບົບ' },
  },
  defaultSort: '-createdAt',
  access: { create: nobody, read: adminsOnly, update: nobody, delete: adminsOnly },
  endpoints: [sendAgain],
  fields: [
    {
      name: 'sendAgain',
      type: 'ui',
      admin: { components: { Field: '/collections/WebhookDeliveries/components/SendAgainButton#SendAgainButton' } },
    },
    {
      name: 'endpoint',
      type: 'relationship',
      relationTo: 'webhook-endpoints',
      required: true,
      index: true,
      label: { en: 'Endpoint', lo: 'ປາຍທາງ' },
    },
    {
      name: 'eventType',
      type: 'select',
      required: true,
      label: { en: 'Event', lo: 'ເຫດການ' },
      options: webhookEvents.map((value) => ({ value, label: webhookEventLabels[value] })),
    },
    { name: 'messageId', type: 'text', required: true, unique: true, label: { en: 'Message id', lo: 'ລະຫັດຂໍ້ຄວາມ' } },
    {
      name: 'payload',
      type: 'json',
      required: true,
      label: { en: 'Body sent', lo: 'ເນື້ອໃນທີ່ສົ່ງ' },
      admin: { components: { Field: '/collections/WebhookDeliveries/components/DeliveryBody#DeliveryBody' } },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'pending',
      label: { en: 'Status', lo: 'ສະຖານະ' },
      options: Object.entries(statusLabels).map(([value, label]) => ({ value, label })),
    },
    { name: 'attempts', type: 'number', defaultValue: 0, label: { en: 'Tries', lo: 'ຈຳນວນຄັ້ງທີ່ລອງ' } },
    // Which wait of the retry schedule comes next; "send again" starts the schedule over.
    { name: 'retriesUsed', type: 'number', defaultValue: 0, admin: { hidden: true } },
    { name: 'nextAttemptAt', type: 'date', label: { en: 'Next try at', lo: 'ລອງຄັ້ງຕໍ່ໄປເວລາ' } },
    { name: 'lastAttemptAt', type: 'date', label: { en: 'Last try at', lo: 'ລອງຄັ້ງລ່າສຸດເວລາ' } },
    { name: 'lastStatusCode', type: 'number', label: { en: 'Last HTTP status', lo: 'ສະຖານະ HTTP ລ່າສຸດ' } },
    { name: 'lastResponse', type: 'textarea', label: { en: 'Last answer (excerpt)', lo: 'ຄຳຕອບລ່າສຸດ (ບາງສ່ວນ)' } },
  ],
}
