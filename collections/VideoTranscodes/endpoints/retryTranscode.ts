import type { Endpoint } from 'payload'
import { z } from 'zod'
import { PublicError } from '@/lib/http/errors'
import { id, parseParams } from '@/lib/http/parse'
import { requireEditor } from '../../access/requireEditor'
import { documented } from '@/lib/openapi/endpointDoc'
import { queueTranscode } from '../queueTranscode'

/** POST /api/video-transcodes/:id/retry — queues a failed transcode again (editors only). */
export const retryTranscode: Endpoint = {
  path: '/:id/retry',
  method: 'post',
  custom: documented({
    summary: 'Queue a failed transcode again, from the same uploaded file',
    audience: 'editors',
    params: z.object({ id }),
    responses: {
      202: { description: 'Queued again', collectionDoc: { slug: 'video-transcodes', wrapped: false } },
      404: { description: 'No such transcode' },
      409: { description: 'Only a failed transcode can be tried again' },
    },
  }),
  handler: async (req) => {
    requireEditor(req, 'transcode videos')
    const params = parseParams(z.object({ id }), { id: req.routeParams?.id })
    const transcode = await req.payload.findByID({
      collection: 'video-transcodes',
      id: params.id,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!transcode) throw new PublicError(404, 'There is no such transcode.', 'id')
    if (transcode.status !== 'failed') throw new PublicError(409, 'Only a failed transcode can be tried again.', 'id')
    const doc = await req.payload.update({
      collection: 'video-transcodes',
      id: transcode.id,
      depth: 0,
      overrideAccess: true,
      data: { status: 'queued', progress: 0, failure: null, failureDetail: null },
    })
    await queueTranscode(req.payload, transcode.id)
    return Response.json({ doc }, { status: 202 })
  },
}
