import type { CollectionBeforeOperationHook } from 'payload'

/**
 * The join fields exist for the read rule (publishedImagesOrEditor), not to be returned: without
 * this, every media read would also list the films and people using the image.
 */
export const skipReverseJoins: CollectionBeforeOperationHook<'media'> = ({ args, operation }) => {
  if (operation === 'read') return { ...args, joins: false }
  return args
}
