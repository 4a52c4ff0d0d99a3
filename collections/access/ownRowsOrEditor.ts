import type { Access } from 'payload'
import { ownedBy, viewerFromRequest } from '@/lib/viewer/resolveViewer'
import { isEditor, isIntegrator, mayReadReport, type Report } from './roles'

/**
 * Rows that belong to a viewer (rentals, payments): editors and admins see all; a viewer sees only
 * their own, whether they are logged in or hold a signed anonymous identity; an integrator sees all
 * when an admin granted them this report, and none otherwise (they own no rows).
 */
export const ownRowsOrEditor =
  (report: Report): Access =>
  async ({ req }) => {
    if (isEditor(req.user) || mayReadReport(req.user, report)) return true
    if (isIntegrator(req.user)) return false
    const viewer = await viewerFromRequest(req)
    if (!viewer) return false
    return ownedBy(viewer)
  }
