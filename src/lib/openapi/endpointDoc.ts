import type { z } from 'zod'

/**
 * What a custom endpoint of ours tells the OpenAPI document about itself, from the zod schemas it
 * parses and answers with, so the description cannot drift from the code. Put on the endpoint as
 * `custom: documented({...})`; tests/int/openapi.int.spec.ts fails for any custom endpoint in the
 * live config that has none.
 */
export type EndpointDoc = {
  summary: string
  description?: string
  /** Who may call it, in words: the security schemes are listed on every operation anyway. */
  audience?: 'anyone' | 'viewers' | 'editors' | 'payment providers'
  params?: z.ZodObject
  query?: z.ZodObject
  body?: z.ZodType
  responses: Record<number, EndpointResponse>
}

export type EndpointResponse = {
  description: string
  /** The answer's body, as the handler builds it. */
  schema?: z.ZodType
  /** Or a document of a collection, as Payload answers it: `doc` alone or wrapped as `{ doc, message }`. */
  collectionDoc?: { slug: string; wrapped?: boolean }
  /** For answers that are not JSON (playlists, subtitles, video segments). */
  contentType?: string
}

export const openApiKey = 'openapi'

export const documented = (doc: EndpointDoc): { [openApiKey]: EndpointDoc } => ({ [openApiKey]: doc })

export const endpointDocOf = (custom: Record<string, unknown> | undefined): EndpointDoc | undefined =>
  custom?.[openApiKey] as EndpointDoc | undefined
