import type { PayloadRequest } from 'payload'
import { isEditor } from './roles'

export const editorsReachAdmin = ({ req }: { req: PayloadRequest }): boolean => isEditor(req.user)
