import type { Payload } from 'payload'
import { runNextJob } from '@/lib/jobs/runJobs'

/**
 * Waits for a transcode to end, running queued jobs here as a worker would. This process may also
 * be running them already (JOBS_RUN_IN_WEB, the development default), so the record decides.
 */
export async function settledTranscode(payload: Payload, transcodeId: number) {
  for (let waited = 0; waited < 90_000; waited += 250) {
    while ((await runNextJob(payload)) !== null);
    const transcode = await payload.findByID({ collection: 'video-transcodes', id: transcodeId, overrideAccess: true })
    if (transcode.status === 'done' || transcode.status === 'failed') return transcode
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`transcode ${transcodeId} did not finish`)
}
