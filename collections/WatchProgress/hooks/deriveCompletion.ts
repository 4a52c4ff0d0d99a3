import type { CollectionBeforeChangeHook } from 'payload'

const completionThreshold = 0.9

/**
 * `completed` and `lastWatchedAt` follow from the position; callers never set them. The server's
 * progress save passes when the player observed the position (context.observedAt), so that a
 * late save is dated by when it was true, not by when it arrived.
 */
export const deriveCompletion: CollectionBeforeChangeHook = ({ data, originalDoc, context }) => {
  const progress = Number(data.progressSeconds ?? originalDoc?.progressSeconds ?? 0)
  const duration = Number(data.durationSeconds ?? originalDoc?.durationSeconds ?? 0)
  return {
    ...data,
    completed: duration > 0 && progress >= duration * completionThreshold,
    lastWatchedAt: typeof context?.observedAt === 'string' ? context.observedAt : new Date().toISOString(),
  }
}
