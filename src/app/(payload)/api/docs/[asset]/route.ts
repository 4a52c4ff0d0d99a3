import { docsAsset } from '@/lib/apiDocs/swaggerUi'
import { errorResponse } from '@/lib/http/errorResponse'

/** GET /api/docs/:asset — Swagger UI's script and styles from node_modules, and our initializer. */
export async function GET(_request: Request, { params }: { params: Promise<{ asset: string }> }): Promise<Response> {
  const asset = await docsAsset((await params).asset)
  if (!asset) return errorResponse(404, 'There is no such file.', 'asset')
  return new Response(asset.body, {
    headers: { 'Content-Type': asset.contentType, 'Cache-Control': 'public, max-age=86400' },
  })
}
