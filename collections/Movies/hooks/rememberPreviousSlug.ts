import type { CollectionBeforeChangeHook } from 'payload'

/** When a film's slug changes, its old address keeps working: the site redirects it to the new one. */
export const rememberPreviousSlug: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  if (operation !== 'update' || !originalDoc?.slug || !data.slug || data.slug === originalDoc.slug) return data
  const previous = ((data.previousSlugs ?? originalDoc.previousSlugs ?? []) as { slug: string }[]).filter(
    (entry) => entry.slug !== data.slug && entry.slug !== originalDoc.slug,
  )
  return { ...data, previousSlugs: [...previous.map(({ slug }) => ({ slug })), { slug: originalDoc.slug }] }
}
