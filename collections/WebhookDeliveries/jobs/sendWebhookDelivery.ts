import type { TaskConfig } from 'payload'
import { attemptDelivery } from '@/lib/webhooks/deliver'

/**
 * One try of one webhook delivery. The delivery keeps its own retry schedule (a failed try queues
 * the next one with `waitUntil`), so the job itself is tried again only after a lost worker.
 */
export const sendWebhookDelivery: TaskConfig<{ input: { deliveryId: number }; output: { status: string } }> = {
  slug: 'sendWebhookDelivery',
  inputSchema: [{ name: 'deliveryId', type: 'number', required: true }],
  outputSchema: [{ name: 'status', type: 'text', required: true }],
  retries: 1,
  handler: async ({ input, req }) => ({ output: { status: await attemptDelivery(req.payload, input.deliveryId) } }),
}
