/**
 * Whether a film can be rented: published, and its video ready (`video.masterPlaylist` is written
 * only once a transcoded ladder is complete). The same rule as src/lib/films/availability.ts
 * (issue 16); this one function is the place to call that one instead, once both are merged.
 */
export function filmIsAvailable(movie: {
  _status?: string | null
  video?: { masterPlaylist?: string | null } | null
}): boolean {
  return movie._status === 'published' && Boolean(movie.video?.masterPlaylist?.trim())
}
