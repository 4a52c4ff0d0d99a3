import config from '@payload-config'
import { REST_OPTIONS } from '@payloadcms/next/routes'
import { graphqlPost } from '@/lib/graphql/graphqlRoute'
import { guardApi } from '@/lib/http/apiEdge'

export const POST = guardApi(graphqlPost(config), config)
export const OPTIONS = REST_OPTIONS(config)
