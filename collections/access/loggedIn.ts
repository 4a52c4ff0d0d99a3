import type { Access } from 'payload'
import { isPerson } from './roles'

/** Any logged-in person; integrators read, and keep nothing of their own (progress, lists, preferences). */
export const loggedIn: Access = ({ req }) => isPerson(req.user)
