import type { CollectionSlug, GlobalSlug, Payload } from 'payload'
import { rest } from './api'
import type { Caller, SignedIn } from './fixtures'

/**
 * The same operations through two doors: REST (what integrators call) and the Local API with
 * `overrideAccess: false` (what server code acting for a viewer calls). Each answers
 * "was it allowed, and what came back".
 */
export type Outcome = { allowed: boolean; doc?: any; docs?: any[] }

export type Transport = {
  name: string
  findByID(collection: CollectionSlug, id: number, caller: Caller): Promise<Outcome>
  find(collection: CollectionSlug, caller: Caller): Promise<Outcome>
  create(collection: CollectionSlug, data: Record<string, unknown>, caller: Caller): Promise<Outcome>
  update(collection: CollectionSlug, id: number, data: Record<string, unknown>, caller: Caller): Promise<Outcome>
  delete(collection: CollectionSlug, id: number, caller: Caller): Promise<Outcome>
  readGlobal(slug: GlobalSlug, caller: Caller): Promise<Outcome>
  updateGlobal(slug: GlobalSlug, data: Record<string, unknown>, caller: Caller): Promise<Outcome>
}

type Accounts = Record<Exclude<Caller, 'anonymous'>, SignedIn>

const ok = (status: number) => status >= 200 && status < 300

export function restTransport(accounts: Accounts): Transport {
  // Integrators call by API key, everyone else with their JWT.
  const auth = (caller: Caller) =>
    caller === 'anonymous' ? {} : { token: accounts[caller].token, apiKey: accounts[caller].apiKey }
  return {
    name: 'REST',
    async findByID(collection, id, caller) {
      const r = await rest('GET', `${collection}/${id}?depth=0&draft=true`, auth(caller))
      return { allowed: ok(r.status), doc: r.body }
    },
    async find(collection, caller) {
      const r = await rest('GET', `${collection}?depth=0&limit=1000&draft=true`, auth(caller))
      return { allowed: ok(r.status), docs: r.body?.docs }
    },
    async create(collection, data, caller) {
      const r = await rest('POST', `${collection}?depth=0`, { ...auth(caller), body: data })
      return { allowed: ok(r.status), doc: r.body?.doc }
    },
    async update(collection, id, data, caller) {
      const r = await rest('PATCH', `${collection}/${id}?depth=0`, { ...auth(caller), body: data })
      return { allowed: ok(r.status), doc: r.body?.doc }
    },
    async delete(collection, id, caller) {
      const r = await rest('DELETE', `${collection}/${id}`, auth(caller))
      return { allowed: ok(r.status) }
    },
    async readGlobal(slug, caller) {
      const r = await rest('GET', `globals/${slug}?depth=0`, auth(caller))
      return { allowed: ok(r.status), doc: r.body }
    },
    async updateGlobal(slug, data, caller) {
      const r = await rest('POST', `globals/${slug}?depth=0`, { ...auth(caller), body: data })
      return { allowed: ok(r.status), doc: r.body?.result }
    },
  }
}

export function localTransport(payload: Payload, accounts: Accounts): Transport {
  const as = (caller: Caller) =>
    ({
      overrideAccess: false,
      depth: 0,
      user: caller === 'anonymous' ? undefined : { ...accounts[caller].user, collection: 'users' },
    }) as const
  const attempt = async (run: () => Promise<Outcome>): Promise<Outcome> => {
    try {
      return await run()
    } catch (error) {
      const status = (error as { status?: number }).status
      if (status === 403 || status === 404 || status === 401) return { allowed: false }
      throw error
    }
  }
  return {
    name: 'Local API (overrideAccess: false)',
    findByID: (collection, id, caller) =>
      attempt(async () => ({
        allowed: true,
        doc: await payload.findByID({ collection, id, draft: true, ...as(caller) }),
      })),
    find: (collection, caller) =>
      attempt(async () => ({
        allowed: true,
        docs: (await payload.find({ collection, limit: 1000, draft: true, ...as(caller) })).docs,
      })),
    create: (collection, data, caller) =>
      attempt(async () => ({
        allowed: true,
        doc: await payload.create({ collection, data: data as never, ...as(caller) }),
      })),
    update: (collection, id, data, caller) =>
      attempt(async () => ({
        allowed: true,
        doc: await payload.update({ collection, id, data: data as never, ...as(caller) }),
      })),
    delete: (collection, id, caller) =>
      attempt(async () => {
        await payload.delete({ collection, id, ...as(caller) })
        return { allowed: true }
      }),
    readGlobal: (slug, caller) =>
      attempt(async () => ({ allowed: true, doc: await payload.findGlobal({ slug, ...as(caller) }) })),
    updateGlobal: (slug, data, caller) =>
      attempt(async () => ({
        allowed: true,
        doc: await payload.updateGlobal({ slug, data: data as never, ...as(caller) }),
      })),
  }
}
