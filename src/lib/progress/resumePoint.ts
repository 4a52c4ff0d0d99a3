/** A position in a film and when the player saw it; of two, the later-observed one is the truth. */
export type ObservedPosition = { seconds: number; observedAt: string }

/** Closer than this to either end, there is nothing worth resuming. */
const resumeMarginSeconds = 5

export function worthResuming(seconds: number, durationSeconds: number): boolean {
  return seconds >= resumeMarginSeconds && seconds <= durationSeconds - resumeMarginSeconds
}

export function newerPosition(a: ObservedPosition | null, b: ObservedPosition | null): ObservedPosition | null {
  if (!a || !b) return a ?? b
  return Date.parse(b.observedAt) > Date.parse(a.observedAt) ? b : a
}
