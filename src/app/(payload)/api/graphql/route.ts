import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { guardApi } from '@/lib/http/apiEdge'

export const POST = guardApi(GRAPHQL_POST(config), config)
export const OPTIONS = REST_OPTIONS(config)
