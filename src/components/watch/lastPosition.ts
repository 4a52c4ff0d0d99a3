import { useSyncExternalStore } from 'react'
import type { ObservedPosition } from '@/lib/progress/resumePoint'

/**
 * The last position this browser saw, kept locally as well: the save sent as the page is left can
 * reach the server after the next page load has read the saved progress.
 */
const key = (movieId: number) => `lao-cinema:position:${movieId}`

export function rememberPosition(movieId: number, position: ObservedPosition): void {
  try {
    localStorage.setItem(key(movieId), JSON.stringify(position))
  } catch {
    // Storage full or disabled: the server's copy still counts.
  }
}

/** The position this browser last saw (null while rendering on the server). */
export function useLastPosition(movieId: number): ObservedPosition | null {
  const stored = useSyncExternalStore(
    noSubscription,
    () => readStored(movieId),
    () => null,
  )
  return parse(stored)
}

const noSubscription = () => () => {}

function readStored(movieId: number): string | null {
  try {
    return localStorage.getItem(key(movieId))
  } catch {
    return null
  }
}

function parse(text: string | null): ObservedPosition | null {
  try {
    const stored = JSON.parse(text ?? 'null') as ObservedPosition | null
    return stored && typeof stored.seconds === 'number' && typeof stored.observedAt === 'string' ? stored : null
  } catch {
    return null
  }
}
