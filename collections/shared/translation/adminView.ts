import type { AdminViewConfig } from 'payload'

/** Where the translation view lives under /admin: `?collection=movies&id=12`, or the next untranslated one. */
export const translationPath = '/translate'

export const translationView: AdminViewConfig = {
  Component: '/collections/shared/translation/TranslationView#TranslationView',
  path: translationPath,
  exact: true,
  meta: { title: 'Translate into Lao · ແປເປັນພາສາລາວ' },
}

export const translationNavLink = '/collections/shared/translation/TranslationNavLink#TranslationNavLink'
