import { AsyncLocalStorage } from 'node:async_hooks'

export type KeyOwner = { keyId: number; userId: number }

/**
 * The key the edge of /api has just looked up, for the auth strategy of the same request, so a
 * request with a key costs one lookup, not two. It lives in the request's async context: nothing a
 * caller sends can put a key owner there.
 */
const checked = new AsyncLocalStorage<{ key: string; owner: KeyOwner }>()

export const withKeyCheckedAtEdge = <T>(key: string, owner: KeyOwner, run: () => T): T =>
  checked.run({ key, owner }, run)

/** The owner the edge found for this very key in this request, if it looked it up. */
export function ownerCheckedAtEdge(key: string): KeyOwner | undefined {
  const store = checked.getStore()
  return store?.key === key ? store.owner : undefined
}
