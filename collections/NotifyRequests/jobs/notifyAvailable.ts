import type { TaskConfig } from 'payload'
import { notifyAvailableTask, sendAvailabilityNotices } from '@/lib/notify/availabilityNotices'

/** Mails everyone waiting for a film that has just become available, once each. */
export const notifyAvailable: TaskConfig<{ input: { movieId: number }; output: { sent: number } }> = {
  slug: notifyAvailableTask,
  inputSchema: [{ name: 'movieId', type: 'number', required: true }],
  outputSchema: [{ name: 'sent', type: 'number', required: true }],
  // A mail server down for a moment: the requests not yet mailed are tried again.
  retries: 3,
  handler: async ({ input, req }) => ({ output: await sendAvailabilityNotices(req.payload, input.movieId) }),
}
