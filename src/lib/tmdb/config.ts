/** TMDB settings come from the server's environment; the key never reaches a browser. */
export type TmdbConfig = { apiKey: string; apiBase: string; imageBase: string; timeoutMs: number }

export function tmdbConfig(): TmdbConfig {
  return {
    apiKey: process.env.TMDB_API_KEY?.trim() ?? '',
    apiBase: (process.env.TMDB_API_BASE || 'https://api.themoviedb.org/3').replace(/\/+$/, ''),
    imageBase: (process.env.TMDB_IMAGE_BASE || 'https://image.tmdb.org/t/p/original').replace(/\/+$/, ''),
    timeoutMs: Number(process.env.TMDB_TIMEOUT_MS || 10_000),
  }
}
