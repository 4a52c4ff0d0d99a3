import type { CollectionAfterChangeHook } from 'payload'
import { becameAvailable } from '@/lib/films/availability'
import { afterTransaction } from '@/lib/jobs/afterTransaction'
import { runQueuedJobsInBackground } from '@/lib/jobs/runJobs'
import { jobsRunInWeb } from '@/lib/jobs/settings'
import { queueAvailabilityNotices } from '@/lib/notify/availabilityNotices'

/**
 * A save that puts a film online (not rentable before, rentable now: published with a ready
 * video) queues the notify-me mail. Saving it again changes nothing, and each request is mailed
 * once whatever runs the job (src/lib/notify/availabilityNotices.ts).
 */
export const notifyWhenAvailable: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (!becameAvailable(previousDoc, doc)) return doc
  const queued = await queueAvailabilityNotices(req, doc.id)
  if (queued && jobsRunInWeb()) afterTransaction(req, () => runQueuedJobsInBackground(req.payload))
  return doc
}
