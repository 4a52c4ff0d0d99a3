/** Where the player finds a film's trailer: public, no rental and no signature (src/lib/streaming/trailers.ts). */
export const trailerPath = (movieId: number) => `/api/movies/${movieId}/trailer/master.m3u8`
