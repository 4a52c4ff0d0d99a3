import type { MediaKeyShortcuts } from '@vidstack/react'

const seekStepSeconds = 10

/**
 * Keyboard controls, wherever focus is on the page: space or k plays and pauses, f is full screen,
 * m mutes, c toggles subtitles, ←/→ seek 10 seconds (Vidstack's own step is 5), ↑/↓ change the volume.
 */
export const playerKeys: MediaKeyShortcuts = {
  togglePaused: 'k Space',
  toggleMuted: 'm',
  toggleFullscreen: 'f',
  toggleCaptions: 'c',
  volumeUp: 'ArrowUp',
  volumeDown: 'ArrowDown',
  seekBackTen: {
    keys: 'ArrowLeft j',
    onKeyUp: ({ player, remote }) => remote.seek(Math.max(0, player.currentTime - seekStepSeconds)),
  },
  seekAheadTen: {
    keys: 'ArrowRight l',
    onKeyUp: ({ player, remote }) => remote.seek(Math.min(player.duration, player.currentTime + seekStepSeconds)),
  },
}
