import { revalidateTag } from 'next/cache'
import { z } from 'zod'
import { cacheExpiryHeader, expirySignedByUs } from '@/lib/catalogue/cacheExpiryRelay'
import { catalogueTag } from '@/lib/catalogue/cacheTags'
import { errorBody } from '@/lib/http/errorResponse'
import { PublicError, publicErrorResponse } from '@/lib/http/errors'
import { readBodyText } from '@/lib/http/parse'

/** Tags a relayed expiry may name: the catalogue's, a few hundred at most. */
const expiry = z.object({
  tags: z
    .array(
      z
        .string()
        .max(300)
        .refine((tag) => tag === catalogueTag || tag.startsWith(`${catalogueTag}:`)),
    )
    .min(1)
    .max(1000),
})
const maxBodyBytes = 64 * 1024

/**
 * POST /api/cache-expiry — the worker's way to expire cached pages (src/lib/catalogue/cacheExpiryRelay.ts).
 * Only our own processes can call it: the body must carry a fresh signature made with the app's secret.
 */
export async function POST(request: Request): Promise<Response> {
  let body: string
  try {
    // Read only up to the limit: this address is reachable by anyone, signed or not.
    body = await readBodyText(request, maxBodyBytes)
  } catch (error) {
    if (error instanceof PublicError) return publicErrorResponse(error)
    throw error
  }
  if (!expirySignedByUs(body, request.headers.get(cacheExpiryHeader))) {
    return Response.json(errorBody('Only the app’s own processes may expire cached pages.'), { status: 401 })
  }
  let parsed: z.infer<typeof expiry>
  try {
    parsed = expiry.parse(JSON.parse(body))
  } catch {
    return Response.json(errorBody('tags must be a list of catalogue cache tags.', 'tags'), { status: 400 })
  }
  for (const tag of parsed.tags) revalidateTag(tag, { expire: 0 })
  return new Response(null, { status: 204 })
}
