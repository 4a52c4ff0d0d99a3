import { createLocalReq, type Access, type Payload, type SanitizedCollectionConfig } from 'payload'
import { z } from 'zod'
import { endpointDocOf, type EndpointDoc, type EndpointResponse } from './endpointDoc'
import { fieldProperties, ref, schemaName, type JsonSchema } from './fieldSchemas'
import { ourEndpoints } from './ourEndpoints'

/**
 * The OpenAPI 3.1 description of /api, built from the live config: the collections and globals
 * that callers who are not staff may use (their access rules are asked, so a collection closed to
 * them is not listed), their documents' schemas from the fields, the auth routes, and every custom
 * endpoint from the zod schemas it declares (src/lib/openapi/endpointDoc.ts).
 */
export async function openApiDocument(payload: Payload): Promise<JsonSchema> {
  const config = payload.config
  const reach = await operationsForNonStaff(payload)
  const paths: Record<string, Record<string, JsonSchema>> = {}
  const at = (path: string) => (paths[path] ??= {})
  const schemas: Record<string, JsonSchema> = { Error: errorSchema }

  for (const collection of config.collections) {
    schemas[schemaName(collection.slug)] = documentSchema(collection)
    const operations = reach.get(collection.slug)
    if (!operations?.size) continue
    const name = schemaName(collection.slug)
    const tags = [collection.slug]
    if (operations.has('read')) {
      schemas[`${name}List`] = listSchema(collection.slug)
      at(`/api/${collection.slug}`).get = operation(tags, `List ${collection.slug}`, {
        parameters: listParameters,
        ok: { description: 'One page of documents', schema: { $ref: `#/components/schemas/${name}List` } },
      })
      at(`/api/${collection.slug}/{id}`).get = operation(tags, `One of ${collection.slug}`, {
        parameters: [idParameter, ...documentParameters],
        ok: { description: 'The document', schema: ref(collection.slug) },
      })
    }
    const written = { description: 'The document', schema: docAndMessage(collection.slug) }
    if (operations.has('create')) {
      at(`/api/${collection.slug}`).post = operation(tags, `Create one of ${collection.slug}`, {
        parameters: documentParameters,
        body: ref(collection.slug),
        ok: written,
        okStatus: 201,
      })
    }
    if (operations.has('update')) {
      at(`/api/${collection.slug}/{id}`).patch = operation(tags, `Change one of ${collection.slug}`, {
        parameters: [idParameter, ...documentParameters],
        body: ref(collection.slug),
        ok: written,
      })
    }
    if (operations.has('delete')) {
      at(`/api/${collection.slug}/{id}`).delete = operation(tags, `Delete one of ${collection.slug}`, {
        parameters: [idParameter],
        ok: written,
      })
    }
    if (collection.auth) Object.assign(paths, authPaths(collection.slug))
  }

  for (const global of config.globals) {
    schemas[schemaName(global.slug)] = { type: 'object', properties: fieldProperties(global.fields) }
    const req = await createLocalReq({}, payload)
    if (!(await (global.access.read as Access)({ req }))) continue
    at(`/api/globals/${global.slug}`).get = operation(['globals'], `The ${global.slug} global`, {
      parameters: documentParameters,
      ok: { description: 'The global', schema: { $ref: `#/components/schemas/${schemaName(global.slug)}` } },
    })
  }

  for (const { path, endpoint } of await ourEndpoints(config)) {
    const doc = endpointDocOf(endpoint.custom)
    if (doc) at(path)[endpoint.method] = customOperation(path, doc)
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'Lao Cinema API',
      version: '1',
      description:
        'The REST API of Lao Cinema (Payload CMS). Errors answer `{ "errors": [{ "message", "field"? }] }`. ' +
        'Integrators send `Authorization: users API-Key <key>` (or `Bearer <key>`); see README › For integrators. ' +
        'The GraphQL schema: /api/graphql/schema.',
    },
    servers: [{ url: config.serverURL || '/' }],
    security: [{}, { cookie: [] }, { jwt: [] }, { apiKey: [] }, { bearerKey: [] }],
    paths,
    components: {
      schemas,
      securitySchemes: {
        cookie: { type: 'apiKey', in: 'cookie', name: `${config.cookiePrefix}-token`, description: 'Set by log-in' },
        jwt: {
          type: 'apiKey',
          in: 'header',
          name: 'Authorization',
          description: '`JWT <token>`, the token answered by POST /api/users/login',
        },
        apiKey: {
          type: 'apiKey',
          in: 'header',
          name: 'Authorization',
          description: '`users API-Key lc_live_…`: an integrator key an admin issued',
        },
        bearerKey: { type: 'http', scheme: 'bearer', description: 'The same integrator key as a bearer token' },
      },
    },
  }
}

type Operation = 'read' | 'create' | 'update' | 'delete'

/**
 * Which operations of each collection someone other than staff may use: an anonymous caller, a
 * viewer or an integrator granted every report. Payload's own collections are the admin's.
 */
async function operationsForNonStaff(payload: Payload): Promise<Map<string, Set<Operation>>> {
  const callers = [
    undefined,
    { id: 0, role: 'viewer', collection: 'users' },
    { id: 0, role: 'integrator', reportingAccess: ['rentals', 'payments'], collection: 'users' },
  ]
  const reach = new Map<string, Set<Operation>>()
  for (const collection of payload.config.collections) {
    if (collection.slug.startsWith('payload-')) continue
    const allowed = new Set<Operation>()
    for (const op of ['read', 'create', 'update', 'delete'] as const) {
      for (const user of callers) {
        const req = await createLocalReq({ user: user as never }, payload)
        if (await (collection.access[op] as Access)({ req })) allowed.add(op)
      }
    }
    reach.set(collection.slug, allowed)
  }
  return reach
}

function documentSchema(collection: SanitizedCollectionConfig): JsonSchema {
  const properties: Record<string, JsonSchema> = { id: { type: 'integer' }, ...fieldProperties(collection.fields) }
  if (collection.versions?.drafts) properties._status = { type: ['string', 'null'], enum: ['draft', 'published', null] }
  return { type: 'object', properties }
}

const listSchema = (slug: string): JsonSchema => ({
  type: 'object',
  required: ['docs', 'totalDocs', 'page'],
  properties: {
    docs: { type: 'array', items: ref(slug) },
    totalDocs: { type: 'integer' },
    limit: { type: 'integer' },
    totalPages: { type: 'integer' },
    page: { type: 'integer' },
    pagingCounter: { type: 'integer' },
    hasPrevPage: { type: 'boolean' },
    hasNextPage: { type: 'boolean' },
    prevPage: { type: ['integer', 'null'] },
    nextPage: { type: ['integer', 'null'] },
  },
})

const docAndMessage = (slug: string): JsonSchema => ({
  type: 'object',
  properties: { doc: ref(slug), message: { type: 'string' } },
})

const errorSchema: JsonSchema = {
  type: 'object',
  required: ['errors'],
  properties: {
    errors: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['message'],
        properties: {
          message: { type: 'string' },
          field: { type: 'string', description: 'The input to blame, when one is' },
          data: { description: 'Details for programs, e.g. { retryAfterSeconds } on a 429' },
          name: { type: 'string' },
        },
      },
    },
  },
}

const query = (name: string, description: string, schema: JsonSchema, extra: JsonSchema = {}): JsonSchema => ({
  name,
  in: 'query',
  description,
  schema,
  ...extra,
})

const localeParameters = [
  query('locale', 'The language of localized fields; `all` answers every locale', {
    type: 'string',
    enum: ['en', 'lo', 'all'],
  }),
  query('fallback-locale', 'Where a field has no text in `locale`, this one (`none`: no fallback)', {
    type: 'string',
    enum: ['en', 'lo', 'none'],
  }),
]
const documentParameters = [
  ...localeParameters,
  query('depth', 'How deep relationships are populated (0: ids only)', { type: 'integer', minimum: 0, maximum: 3 }),
  query(
    'select',
    'Only these fields, e.g. select[title]=true',
    { type: 'object', additionalProperties: { type: 'string' } },
    { style: 'deepObject', explode: true },
  ),
  query('draft', 'Editors only: the latest draft', { type: 'boolean' }),
]
const listParameters = [
  ...documentParameters,
  query(
    'where',
    "Payload's query, e.g. where[slug][equals]=bua-deng",
    { type: 'object', additionalProperties: true },
    { style: 'deepObject', explode: true },
  ),
  query('limit', 'Documents per page', { type: 'integer', minimum: 0, maximum: 100 }),
  query('page', 'Which page, from 1', { type: 'integer', minimum: 1 }),
  query('sort', 'A field name; `-` before it for descending', { type: 'string' }),
]
const idParameter = { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }

const json = (schema: JsonSchema) => ({ 'application/json': { schema } })
const errorResponse = (description: string) => ({ description, content: json({ $ref: '#/components/schemas/Error' }) })
const standardErrors = {
  400: errorResponse('Bad input, naming the field'),
  401: errorResponse('The credentials are not valid (an unknown or revoked key)'),
  403: errorResponse('Not allowed for this caller'),
  404: errorResponse('No such document (or not visible to this caller)'),
  429: errorResponse('Too many requests: wait for Retry-After seconds'),
}

function operation(
  tags: string[],
  summary: string,
  options: {
    parameters: JsonSchema[]
    body?: JsonSchema
    ok: { description: string; schema: JsonSchema }
    okStatus?: number
  },
): JsonSchema {
  return {
    tags,
    summary,
    parameters: options.parameters,
    ...(options.body ? { requestBody: { required: true, content: json(options.body) } } : {}),
    responses: {
      [options.okStatus ?? 200]: { description: options.ok.description, content: json(options.ok.schema) },
      ...standardErrors,
    },
  }
}

function authPaths(slug: string): Record<string, Record<string, JsonSchema>> {
  const user = ref(slug)
  const tags = ['auth']
  const credentials = {
    type: 'object',
    required: ['email', 'password'],
    properties: { email: { type: 'string' }, password: { type: 'string' } },
  }
  const message = { type: 'object', properties: { message: { type: 'string' } } }
  const session = {
    type: 'object',
    properties: { message: { type: 'string' }, user, token: { type: 'string' }, exp: { type: 'integer' } },
  }
  const post = (summary: string, body: JsonSchema | undefined, ok: JsonSchema) =>
    operation(tags, summary, { parameters: [], body, ok: { description: 'Done', schema: ok } })
  return {
    [`/api/${slug}/login`]: { post: post('Log in: a JWT and the session cookie', credentials, session) },
    [`/api/${slug}/logout`]: { post: post('Log out: ends the session', undefined, message) },
    [`/api/${slug}/me`]: {
      get: operation(tags, 'Who is calling (by cookie, JWT or API key)', {
        parameters: [],
        ok: {
          description: 'The account, or null',
          schema: {
            type: 'object',
            properties: { user: { anyOf: [user, { type: 'null' }] }, exp: { type: 'integer' } },
          },
        },
      }),
    },
    [`/api/${slug}/refresh-token`]: {
      post: post('A fresh JWT for the current session', undefined, {
        type: 'object',
        properties: { message: { type: 'string' }, refreshedToken: { type: 'string' }, exp: { type: 'integer' }, user },
      }),
    },
    [`/api/${slug}/forgot-password`]: {
      post: post(
        'Email a password-reset link (answers the same whether or not the account exists)',
        { type: 'object', required: ['email'], properties: { email: { type: 'string' } } },
        message,
      ),
    },
    [`/api/${slug}/reset-password`]: {
      post: post(
        'Set a new password with the token from the email',
        {
          type: 'object',
          required: ['token', 'password'],
          properties: { token: { type: 'string' }, password: { type: 'string' } },
        },
        session,
      ),
    },
  }
}

/** zod → JSON Schema 2020-12 (OpenAPI 3.1's dialect): what a caller sends (`input`) or receives (`output`). */
function fromZod(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const converted = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema
  // The document names its dialect once (OpenAPI 3.1: JSON Schema 2020-12).
  delete converted.$schema
  return converted
}

function customOperation(path: string, doc: EndpointDoc): JsonSchema {
  const parameters: JsonSchema[] = []
  for (const [location, schema] of [
    ['path', doc.params],
    ['query', doc.query],
  ] as const) {
    if (!schema) continue
    const converted = fromZod(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] }
    for (const [name, property] of Object.entries(converted.properties ?? {})) {
      parameters.push({
        name,
        in: location,
        required: location === 'path' || Boolean(converted.required?.includes(name)),
        schema: property,
      })
    }
  }
  // Any endpoint may refuse bad input, a caller or too many requests in the one error shape.
  const responses: Record<string, JsonSchema> = { ...standardErrors }
  for (const [status, response] of Object.entries(doc.responses)) responses[status] = customResponse(response)
  return {
    tags: [path.split('/')[2] ?? 'api'],
    summary: doc.summary,
    ...(doc.description || doc.audience
      ? { description: [doc.description, doc.audience && `For ${doc.audience}.`].filter(Boolean).join(' ') }
      : {}),
    parameters,
    ...(doc.body ? { requestBody: { required: true, content: json(fromZod(doc.body, 'input')) } } : {}),
    responses,
  }
}

function customResponse(response: EndpointResponse): JsonSchema {
  if (response.contentType) {
    return { description: response.description, content: { [response.contentType]: { schema: { type: 'string' } } } }
  }
  if (response.schema) return { description: response.description, content: json(fromZod(response.schema, 'output')) }
  if (response.collectionDoc) {
    const { slug, wrapped } = response.collectionDoc
    return { description: response.description, content: json(wrapped ? docAndMessage(slug) : ref(slug)) }
  }
  return errorResponse(response.description)
}
