import type { Payload } from 'payload'
import { runQueuedJobsInBackground } from '@/lib/jobs/runJobs'
import { jobsRunInWeb } from '@/lib/jobs/settings'

/** Puts a transcode on the job queue: a worker takes it, or this process when it runs jobs itself. */
export async function queueTranscode(payload: Payload, transcodeId: number): Promise<void> {
  await payload.jobs.queue({ task: 'transcodeVideo', input: { transcodeId }, overrideAccess: true })
  if (jobsRunInWeb()) runQueuedJobsInBackground(payload)
}
