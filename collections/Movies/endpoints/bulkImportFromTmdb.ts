import type { Endpoint } from 'payload'
import { z } from 'zod'
import { parseBody } from '@/lib/http/parse'
import { runQueuedJobsInBackground } from '@/lib/jobs/runJobs'
import { jobsRunInWeb } from '@/lib/jobs/settings'
import { requireEditor } from '../../access/requireEditor'
import { documented } from '@/lib/openapi/endpointDoc'

const bulkRequest = z.object({
  tmdbIds: z
    .array(z.number({ error: 'tmdbIds must hold numbers' }).int().positive().max(2_147_483_647), {
      error: 'tmdbIds must be a list of TMDB ids',
    })
    .min(1, 'tmdbIds must hold at least one id')
    .max(200, 'tmdbIds may hold at most 200 ids'),
})

/**
 * POST /api/movies/import-tmdb/bulk — `{ "tmdbIds": [1, 2, …] }`. Queues one Payload job that
 * imports them one by one; answers 202 with the `tmdb-imports` document whose progress the admin
 * shows (GET /api/tmdb-imports/:id). A worker (`npm run worker`) runs the job, or this process
 * when it runs jobs itself (JOBS_RUN_IN_WEB, the development default).
 */
export const bulkImportFromTmdb: Endpoint = {
  path: '/import-tmdb/bulk',
  method: 'post',
  custom: documented({
    summary: 'Queue an import of many films from TMDB',
    audience: 'editors',
    body: bulkRequest,
    responses: {
      202: {
        description: 'Queued: the batch, whose progress GET /api/tmdb-imports/{id} shows',
        collectionDoc: { slug: 'tmdb-imports', wrapped: true },
      },
    },
  }),
  handler: async (req) => {
    requireEditor(req, 'import from TMDB')
    const body = await parseBody(req, bulkRequest, { defaultField: 'tmdbIds' })
    const tmdbIds = [...new Set(body.tmdbIds)]

    const batch = await req.payload.create({
      collection: 'tmdb-imports',
      overrideAccess: true,
      data: { status: 'queued', tmdbIds, total: tmdbIds.length, processed: 0, requestedBy: req.user!.id },
    })
    await req.payload.jobs.queue({ task: 'importTmdbBatch', input: { batchId: batch.id }, overrideAccess: true })
    if (jobsRunInWeb()) runQueuedJobsInBackground(req.payload)
    return Response.json({ doc: batch, message: `Importing ${tmdbIds.length} films from TMDB.` }, { status: 202 })
  },
}
