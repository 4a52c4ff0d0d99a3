import { LocalMediaStorage } from '@vidstack/react'

/**
 * Remembers volume, mute and the chosen quality in this browser. Where to start is the resume
 * prompt's decision (from the saved progress, on any device), and which subtitles show first
 * follows the viewer's settings, so those are not remembered here.
 */
export class PlayerPreferences extends LocalMediaStorage {
  override async getTime() {
    return null
  }
  override async setTime() {}
  override async getLang() {
    return null
  }
  override async getCaptions() {
    return null
  }
}
