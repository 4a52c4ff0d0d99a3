import { sanitizeConfig, type Endpoint, type SanitizedConfig } from 'payload'

export type MountedEndpoint = { path: string; endpoint: Endpoint }

type PayloadOwn = { endpoints: Set<Endpoint>; routesOfItsCollections: Set<string> }

let payloadOwn: Promise<PayloadOwn> | undefined

/**
 * The endpoints Payload adds itself (CRUD, auth, uploads, versions, preferences, jobs, globals):
 * found by sanitizing a small probe config, since Payload shares the same endpoint objects with
 * every config it sanitizes. Anything else in the live config was added by us (or a plugin).
 */
function payloadOwnEndpoints(): Promise<PayloadOwn> {
  payloadOwn ??= sanitizeConfig({
    secret: 'probe',
    collections: [
      { slug: 'probe-auth', auth: true, fields: [] },
      { slug: 'probe-upload', upload: true, fields: [] },
    ],
    globals: [{ slug: 'probe-global', fields: [] }],
    jobs: { tasks: [{ slug: 'probe-task', handler: async () => ({ output: {} }) }] },
    db: { defaultIDType: 'number', init: () => ({}) },
  } as never).then((probe) => {
    const endpoints = new Set<Endpoint>(probe.endpoints || [])
    for (const entity of [...probe.collections, ...probe.globals])
      for (const e of entity.endpoints || []) endpoints.add(e)
    // Payload builds a few endpoints of its own collections (preferences) afresh for each config.
    const routesOfItsCollections = new Set<string>()
    for (const collection of probe.collections) {
      if (!collection.slug.startsWith('payload-')) continue
      for (const e of collection.endpoints || []) routesOfItsCollections.add(route(collection.slug, e))
    }
    return { endpoints, routesOfItsCollections }
  })
  return payloadOwn
}

const route = (slug: string, endpoint: Endpoint) => `${slug} ${endpoint.method} ${endpoint.path}`

const openApiPath = (path: string) => path.replace(/:(\w+)\??/g, '{$1}').replace(/\/$/, '') || '/'

/** Every custom endpoint of the live config, with its full path under /api in OpenAPI's `{param}` form. */
export async function ourEndpoints(config: SanitizedConfig): Promise<MountedEndpoint[]> {
  const own = await payloadOwnEndpoints()
  const mounted: MountedEndpoint[] = []
  const add = (base: string, endpoints: Endpoint[] | false | undefined, slug?: string) => {
    for (const endpoint of endpoints || []) {
      if (own.endpoints.has(endpoint)) continue
      // Ours carry a description; Payload's own, rebuilt per config, are known by their route.
      if (slug && !endpoint.custom && own.routesOfItsCollections.has(route(slug, endpoint))) continue
      mounted.push({ path: openApiPath(`${base}${endpoint.path}`), endpoint })
    }
  }
  add('/api', config.endpoints)
  for (const collection of config.collections) add(`/api/${collection.slug}`, collection.endpoints, collection.slug)
  for (const global of config.globals) add(`/api/globals/${global.slug}`, global.endpoints)
  return mounted
}
