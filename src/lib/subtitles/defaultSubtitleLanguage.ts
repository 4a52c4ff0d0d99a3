/**
 * Which subtitles show when playback starts: the viewer's chosen subtitle language if the film has
 * it; otherwise, when the film is in a language other than the interface's, subtitles in the
 * interface's language; otherwise none.
 */
export function defaultSubtitleLanguage(options: {
  available: string[]
  preferred?: string | null
  filmLanguage?: string | null
  interfaceLanguage: string
}): string | null {
  const { available, preferred, filmLanguage, interfaceLanguage } = options
  if (preferred && available.includes(preferred)) return preferred
  if (filmLanguage && filmLanguage !== interfaceLanguage && available.includes(interfaceLanguage))
    return interfaceLanguage
  return null
}
