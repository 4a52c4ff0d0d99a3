import { headers } from 'next/headers'
import { payloadClient } from '../payload'
import { viewerFromRequest, type Viewer } from './resolveViewer'

/** The viewer of the page being rendered (which makes the page dynamic: it reads the cookies). */
export async function viewerForPage(): Promise<Viewer | null> {
  const requestHeaders = await headers()
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: requestHeaders })
  return viewerFromRequest({ user, headers: requestHeaders, payload })
}
