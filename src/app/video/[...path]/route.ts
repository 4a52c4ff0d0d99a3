import { readVideoFile } from '../../../lib/video/localVideoStorage'

/**
 * Local video storage over HTTP. The rental check in front of paid streams comes with the
 * playback issue; until then only the seeded sample ladder lives here.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const { path } = await params
  const file = await readVideoFile(path)
  if (!file) return Response.json({ errors: [{ message: 'Not found' }] }, { status: 404 })
  return new Response(new Uint8Array(file.body), {
    headers: {
      'Content-Type': file.contentType,
      'Cache-Control': 'private, max-age=3600',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
