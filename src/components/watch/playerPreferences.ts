import { LocalMediaStorage } from '@vidstack/react'

const subtitlesKey = 'lao-cinema:subtitles'
/** What the viewer picked in the captions menu: a language, or none at all. */
type SubtitleChoice = { language: string | null }

/**
 * Remembers volume, mute, the chosen quality and the subtitles the viewer picked, in this browser.
 * Where to start is the resume prompt's decision (from the saved progress, on any device). Until the
 * viewer picks subtitles themselves, the first ones shown follow the server's default (their
 * settings, else the interface's language): Vidstack saves whatever track it turns on, so only
 * choices made in the menu, passed to `chooseSubtitles`, are remembered.
 */
export class PlayerPreferences extends LocalMediaStorage {
  override async getTime() {
    return null
  }
  override async setTime() {}

  chooseSubtitles(language: string | null) {
    try {
      localStorage.setItem(subtitlesKey, JSON.stringify({ language } satisfies SubtitleChoice))
    } catch {
      // Storage full or disabled: the choice lasts until the page is left.
    }
  }

  override async getLang() {
    return this.#chosen()?.language ?? null
  }

  /** false hides the default track too, when the viewer turned subtitles off. */
  override async getCaptions() {
    const chosen = this.#chosen()
    return chosen ? chosen.language !== null : null
  }

  #chosen(): SubtitleChoice | null {
    try {
      const stored = JSON.parse(localStorage.getItem(subtitlesKey) ?? 'null') as SubtitleChoice | null
      return stored && (typeof stored.language === 'string' || stored.language === null) ? stored : null
    } catch {
      return null
    }
  }
}
