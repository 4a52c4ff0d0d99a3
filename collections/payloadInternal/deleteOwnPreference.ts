import type { Endpoint } from 'payload'
import { z } from 'zod'
import { PublicError } from '@/lib/http/errors'
import { parseParams, text } from '@/lib/http/parse'
import { documented } from '@/lib/openapi/endpointDoc'

/**
 * DELETE /api/payload-preferences/:key — the caller's own preference under that key. Replaces
 * Payload 3.90's by-key delete, which fails on PostgreSQL for every caller (a 500 from its
 * polymorphic `user.value` query); this one deletes through the collection's own access rules.
 */
export const deleteOwnPreference: Endpoint = {
  path: '/:key',
  method: 'delete',
  custom: documented({
    summary: "Delete the caller's own admin preference under a key",
    audience: 'editors',
    params: z.object({ key: text(255) }),
    responses: {
      200: { description: 'Deleted', collectionDoc: { slug: 'payload-preferences', wrapped: true } },
      401: { description: 'Not logged in' },
      404: { description: 'No such preference of the caller' },
    },
  }),
  handler: async (req) => {
    if (!req.user) throw new PublicError(401, 'Log in to change your preferences.')
    const { key } = parseParams(z.object({ key: text(255) }), { key: req.routeParams?.key })
    const { docs } = await req.payload.delete({
      collection: 'payload-preferences',
      where: { key: { equals: key } },
      overrideAccess: false,
      user: req.user,
      req,
      depth: 0,
    })
    if (!docs.length) throw new PublicError(404, 'There is no such preference.', 'key')
    return Response.json({ doc: docs[0], message: req.t('general:deletedSuccessfully') })
  },
}
