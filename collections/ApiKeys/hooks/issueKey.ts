import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'
import { keyDisplayPrefix, keyHash, newKey } from '@/lib/apiKeys/keys'
import { PublicError } from '@/lib/http/errors'

const plainKeyContext = 'apiKeyPlainText'

/**
 * On create, the server makes the key: only its hash and a short prefix are stored. The plain text
 * rides in the request's context to `revealKeyOnce`, the only place it is ever returned. Revoking
 * stamps the time and is final.
 */
export const issueKey: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation === 'create') {
    const key = newKey()
    req.context[plainKeyContext] = key
    return {
      ...data,
      hash: keyHash(key),
      prefix: keyDisplayPrefix(key),
      createdBy: req.user?.id,
      revokedAt: data.revoked ? new Date().toISOString() : null,
    }
  }
  if (originalDoc?.revoked && data.revoked === false) {
    throw new PublicError(400, 'A revoked key stays revoked: create a new one.', 'revoked')
  }
  const revokedNow = data.revoked === true && !originalDoc?.revoked
  return { ...data, revokedAt: revokedNow ? new Date().toISOString() : originalDoc?.revokedAt }
}

/** The create answer (REST, GraphQL, Local API, the admin) carries the plain key, this once. */
export const revealKeyOnce: CollectionAfterChangeHook = ({ doc, operation, req }) => {
  const key = req.context[plainKeyContext]
  if (operation !== 'create' || typeof key !== 'string') return doc
  delete req.context[plainKeyContext]
  return { ...doc, key }
}
