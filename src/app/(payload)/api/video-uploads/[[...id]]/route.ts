import { handleVideoUpload } from '../../../../../../collections/VideoTranscodes/endpoints/videoUploads'
import { payloadClient } from '@/lib/payload'

// Uploads stream straight to disk; never cached, never prerendered.
export const dynamic = 'force-dynamic'

const handler = async (request: Request) => handleVideoUpload(request, await payloadClient())

export { handler as POST, handler as PATCH, handler as HEAD, handler as OPTIONS, handler as DELETE }
