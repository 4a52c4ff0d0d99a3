import type { Endpoint } from 'payload'
import { z } from 'zod'
import { parseBody } from '@/lib/http/parse'
import { requireEditor } from '../../access/requireEditor'

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
 * shows (GET /api/tmdb-imports/:id).
 */
export const bulkImportFromTmdb: Endpoint = {
  path: '/import-tmdb/bulk',
  method: 'post',
  handler: async (req) => {
    requireEditor(req, 'import from TMDB')
    const body = await parseBody(req, bulkRequest, { defaultField: 'tmdbIds' })
    const tmdbIds = [...new Set(body.tmdbIds)]

    const batch = await req.payload.create({
      collection: 'tmdb-imports',
      overrideAccess: true,
      data: { status: 'queued', tmdbIds, total: tmdbIds.length, processed: 0, requestedBy: req.user!.id },
    })
    const job = await req.payload.jobs.queue({
      task: 'importTmdbBatch',
      input: { batchId: batch.id },
      overrideAccess: true,
    })
    // Run it now, in the background; the job queue (and its retries) is the record of it.
    void req.payload.jobs.runByID({ id: job.id, overrideAccess: true }).catch((error: unknown) => {
      req.payload.logger.error({ err: error }, `Bulk TMDB import ${batch.id} failed to run`)
    })
    return Response.json({ doc: batch, message: `Importing ${tmdbIds.length} films from TMDB.` }, { status: 202 })
  },
}
