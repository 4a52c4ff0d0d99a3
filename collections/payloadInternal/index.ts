import type { CollectionConfig, SanitizedConfig } from 'payload'
import { editorsOnly } from '../access/editorsOnly'
import { loggedIn } from '../access/loggedIn'
import { nobody } from '../access/nobody'
import { ownPreferences } from '../access/ownPreferences'
import { deleteOwnPreference } from './deleteOwnPreference'

type Rules = Pick<NonNullable<CollectionConfig['access']>, 'create' | 'read' | 'update' | 'delete'>

/**
 * Our rules for the collections Payload adds itself. Left alone they allow "any logged-in user",
 * and every self-registered viewer is a logged-in user: a viewer could lock films against editors,
 * remove editors' locks, or read the migration log. (`payload-jobs` and `payload-kv` have their own
 * override hooks in payload.config.ts, so their rules live there.)
 */
export const payloadCollectionRules: Record<string, Rules> = {
  // The admin UI reads, takes over and releases locks through the API as the editor; the lock is
  // Payload's warning between staff, which stays as Payload makes it.
  'payload-locked-documents': { create: editorsOnly, read: editorsOnly, update: editorsOnly, delete: editorsOnly },
  // Payload stamps `user` with the caller on every write, so a create is always the caller's own.
  'payload-preferences': { create: loggedIn, read: ownPreferences, update: ownPreferences, delete: ownPreferences },
  // Written only by `payload migrate`, through the Local API with access overridden.
  'payload-migrations': { create: nobody, read: nobody, update: nobody, delete: nobody },
}

/**
 * Applied to the built config, not as a plugin: Payload 3.90 runs plugins before it adds the
 * locked-documents, preferences and migrations collections (config/sanitize.js), and offers no
 * override option for those three, so the sanitized config is the first place they exist.
 * Operations read `collection.config.access` at request time, so replacing the functions here is
 * what REST, GraphQL and the Local API all see.
 */
export function withOurRulesOnPayloadCollections(config: SanitizedConfig): SanitizedConfig {
  for (const [slug, rules] of Object.entries(payloadCollectionRules)) {
    const collection = config.collections.find((candidate) => candidate.slug === slug)
    if (!collection)
      throw new Error(`Payload no longer adds the "${slug}" collection: review collections/payloadInternal.`)
    Object.assign(collection.access, rules)
  }
  // Ours answers first: Payload takes the first endpoint that matches.
  const preferences = config.collections.find((candidate) => candidate.slug === 'payload-preferences')!
  preferences.endpoints = [deleteOwnPreference, ...(preferences.endpoints || [])]
  return config
}
