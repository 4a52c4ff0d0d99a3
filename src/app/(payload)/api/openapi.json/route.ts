import config from '@payload-config'
import { getPayload } from 'payload'
import { openApiDocument } from '@/lib/openapi/document'

/** GET /api/openapi.json — the OpenAPI 3.1 description of the REST API, built from the live config. */
export async function GET(): Promise<Response> {
  const document = await openApiDocument(await getPayload({ config }))
  return Response.json(document, { headers: { 'Cache-Control': 'public, max-age=300' } })
}
