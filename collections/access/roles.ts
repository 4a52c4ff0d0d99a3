export const roles = ['viewer', 'editor', 'admin', 'integrator'] as const
type Role = (typeof roles)[number]

/** What an integrator account may read for reporting, on top of the published catalogue; set by admins. */
export const reports = ['rentals', 'payments'] as const
export type Report = (typeof reports)[number]

type MaybeUser = { role?: Role | null; collection?: string; reportingAccess?: Report[] | null } | null | undefined

export const isAdmin = (user: MaybeUser): boolean => user?.role === 'admin'

/** Editors and admins run the catalogue and reach /admin. */
export const isEditor = (user: MaybeUser): boolean => user?.role === 'editor' || user?.role === 'admin'

/**
 * A program acting for a business partner (a telco's app, a reporting job), usually by API key:
 * it reads the published catalogue and the reports an admin granted, and never writes.
 */
export const isIntegrator = (user: MaybeUser): boolean => user?.role === 'integrator'

/** A person who watches or runs the site: any logged-in account but an integrator's. */
export const isPerson = (user: MaybeUser): boolean => Boolean(user) && !isIntegrator(user)

export const mayReadReport = (user: MaybeUser, report: Report): boolean =>
  isIntegrator(user) && Boolean(user?.reportingAccess?.includes(report))
