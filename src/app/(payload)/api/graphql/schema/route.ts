import config from '@payload-config'
import { configToSchema } from '@payloadcms/graphql'
import { printSchema } from 'graphql'

let printed: Promise<string> | undefined

/**
 * GET /api/graphql/schema — the GraphQL schema as SDL (schema.graphql), built from the live config,
 * for integrators' code generators. Introspection stays closed to anonymous callers (payload.config.ts):
 * this static text costs nothing per request.
 */
export async function GET(): Promise<Response> {
  printed ??= config.then((sanitized) => printSchema(configToSchema(sanitized).schema))
  return new Response(await printed, {
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Disposition': 'inline; filename="schema.graphql"',
      'Cache-Control': 'public, max-age=300',
    },
  })
}
