/** What "Rented — 23 h left" says: whole hours while an hour or more is left, then minutes. */
export function timeLeft(expiresAt: string, now = Date.now()): { hours: number } | { minutes: number } {
  const ms = new Date(expiresAt).getTime() - now
  const hours = Math.floor(ms / 3_600_000)
  return hours >= 1 ? { hours } : { minutes: Math.max(1, Math.ceil(ms / 60_000)) }
}
