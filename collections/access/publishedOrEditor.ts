import type { Access } from 'payload'
import { isEditor } from './roles'

/** Editors see drafts; everyone else sees only what has been published. */
export const publishedOrEditor: Access = ({ req }) => (isEditor(req.user) ? true : { _status: { equals: 'published' } })
