export const roles = ['viewer', 'editor', 'admin'] as const
type Role = (typeof roles)[number]

type MaybeUser = { role?: Role | null; collection?: string } | null | undefined

export const isAdmin = (user: MaybeUser): boolean => user?.role === 'admin'

/** Editors and admins run the catalogue and reach /admin. */
export const isEditor = (user: MaybeUser): boolean => user?.role === 'editor' || user?.role === 'admin'
