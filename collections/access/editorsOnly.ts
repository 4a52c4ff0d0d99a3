import type { Access } from 'payload'
import { isEditor } from './roles'

export const editorsOnly: Access = ({ req }) => isEditor(req.user)
