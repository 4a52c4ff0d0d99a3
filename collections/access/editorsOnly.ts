import type { Access, FieldAccess } from 'payload'
import { isEditor } from './roles'

export const editorsOnly: Access = ({ req }) => isEditor(req.user)

export const editorsOnlyField: FieldAccess = ({ req }) => isEditor(req.user)
