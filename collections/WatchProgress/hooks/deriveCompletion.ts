import type { CollectionBeforeChangeHook } from 'payload'

export const completionThreshold = 0.9

/** `completed` and `lastWatchedAt` follow from the position; callers never set them. */
export const deriveCompletion: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const progress = Number(data.progressSeconds ?? originalDoc?.progressSeconds ?? 0)
  const duration = Number(data.durationSeconds ?? originalDoc?.durationSeconds ?? 0)
  return {
    ...data,
    completed: duration > 0 && progress >= duration * completionThreshold,
    lastWatchedAt: new Date().toISOString(),
  }
}
