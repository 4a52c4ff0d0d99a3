import type { Access } from 'payload'

/** Only the server, through the Local API with access control overridden, may do this. */
export const nobody: Access = () => false
