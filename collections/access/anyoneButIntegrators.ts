import type { Access } from 'payload'
import { isIntegrator } from './roles'

/** Open to everyone, signed in or not, except integrator accounts, which only read. */
export const anyoneButIntegrators: Access = ({ req }) => !isIntegrator(req.user)
