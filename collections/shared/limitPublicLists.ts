import type { CollectionBeforeOperationHook, Config, Plugin } from 'payload'
import { queryLimits } from '@/lib/http/queryLimits'
import { isEditor } from '../access/roles'

/**
 * A list read through REST or GraphQL by anyone who is not an editor holds at most
 * `queryLimits.listLimit` documents: a larger `limit`, `limit=0` and `pagination=false` are served
 * that many, and the answer's `limit` says so. Clamped rather than refused, like Payload's own
 * `maxDepth`, so a careless integrator still gets a page. Editors keep the admin's lists whole; our
 * own server code (the Local API, or access overridden) chooses its limits itself.
 */
const limitPublicLists: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  if (operation !== 'read' && operation !== 'readDistinct') return args
  // Server code that passes a caller's request along with overrideAccess has chosen its limit.
  if (req.payloadAPI === 'local' || overrideAccess || isEditor(req.user)) return args
  const { limit, pagination } = args as { limit?: unknown; pagination?: unknown }
  if (limit === undefined && pagination !== false) return args
  const asked =
    typeof limit === 'number' && Number.isFinite(limit) && limit > 0 && pagination !== false
      ? Math.ceil(limit)
      : queryLimits.listLimit
  return { ...args, limit: Math.min(asked, queryLimits.listLimit), pagination: true }
}

/** Adds `limitPublicLists` to every collection of the config. */
export const publicListLimits: Plugin = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [...(collection.hooks?.beforeOperation ?? []), limitPublicLists] },
  })),
})
