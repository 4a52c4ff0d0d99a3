import { useSyncExternalStore } from 'react'

/** The caps the viewer may choose: the picture's height at most, or none. */
export const dataSaverCaps = [360, 240] as const
export type DataSaver = (typeof dataSaverCaps)[number] | null

const key = 'lao-cinema:data-saver'

/** The viewer's choice in this browser (null: off, the ladder's best). */
export function storedDataSaver(): DataSaver {
  try {
    const stored = Number(localStorage.getItem(key))
    return dataSaverCaps.find((cap) => cap === stored) ?? null
  } catch {
    return null
  }
}

const listeners = new Set<() => void>()

export function storeDataSaver(choice: DataSaver) {
  try {
    if (choice === null) localStorage.removeItem(key)
    else localStorage.setItem(key, String(choice))
  } catch {
    // Storage full or disabled: the choice is not remembered.
  }
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  // Chosen in another tab: this one follows.
  window.addEventListener('storage', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', listener)
  }
}

/** The stored choice, as React state; off while rendering on the server, which has no storage. */
export const useDataSaver = (): DataSaver => useSyncExternalStore(subscribe, storedDataSaver, () => null)

/**
 * The indexes of the levels to drop so that none is taller than `cap`, highest index first (the
 * order hls.js can remove them in). At least the lowest level always stays: a ladder that starts
 * above the cap still plays, at its smallest rung.
 */
export function levelsAboveCap(levels: { height: number }[], cap: DataSaver): number[] {
  if (cap === null) return []
  const lowest = Math.min(...levels.map((level) => level.height))
  return levels
    .map((level, index) => ({ index, height: level.height }))
    .filter(({ height }) => height > cap && height > lowest)
    .map(({ index }) => index)
    .sort((a, b) => b - a)
}
