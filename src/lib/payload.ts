import config from '@payload-config'
import { getPayload } from 'payload'

/** The one Payload instance of the Next.js server (getPayload caches it). */
export const payloadClient = () => getPayload({ config })
