import type { TaskConfig } from 'payload'
import { notifyAvailableTask, sendAvailabilityNotices } from '@/lib/notify/availabilityNotices'

/** Mails everyone waiting for a film that has just become available, once each. */
export const notifyAvailable: TaskConfig<{ input: { movieId: number }; output: { sent: number } }> = {
  slug: notifyAvailableTask,
  inputSchema: [{ name: 'movieId', type: 'number', required: true }],
  outputSchema: [{ name: 'sent', type: 'number', required: true }],
  // A mail server down for a while: the requests not yet mailed are tried again about 5 s, 10 s
  // and 20 s later. Without a back-off Payload retries at once, and a failing send used up every try
  // within milliseconds.
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 5_000 } },
  handler: async ({ input, req }) => ({ output: await sendAvailabilityNotices(req.payload, input.movieId) }),
}
