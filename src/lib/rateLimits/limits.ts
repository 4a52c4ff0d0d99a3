/**
 * Every rate limit of the site, in one place (README › Security lists them). A limit counts
 * `points` per key within a fixed window of `windowSeconds` that starts at the first point;
 * `blockSeconds`, when set, refuses the key that long from the moment it reached the limit.
 *
 * Sized for people, not for the tests: a player saves its position every 30 s and on each pause or
 * seek, and reports analytics in batches; many viewers can share one address (a household, an
 * office, a mobile carrier's NAT), so per-address limits sit well above one viewer's. Per address
 * counts only callers who are not logged in: an account answers for itself.
 */
export type RateLimit = {
  /** Key prefix in the rate_limits table; never reuse one for a different meaning. */
  name: string
  per: 'address' | 'email' | 'viewer' | 'api-key'
  points: number
  windowSeconds: number
  blockSeconds?: number
}

const minutes = (n: number) => n * 60

export const rateLimits = {
  /** The same for an email with an account and one without, so the answer reveals neither. */
  loginFailuresPerEmail: {
    name: 'login-failures-email',
    per: 'email',
    points: 5,
    windowSeconds: minutes(10),
    blockSeconds: minutes(10),
  },
  loginFailuresPerAddress: {
    name: 'login-failures-address',
    per: 'address',
    points: 20,
    windowSeconds: minutes(15),
    blockSeconds: minutes(15),
  },
  resetRequestsPerEmail: { name: 'reset-requests-email', per: 'email', points: 5, windowSeconds: minutes(10) },
  resetRequestsPerAddress: { name: 'reset-requests-address', per: 'address', points: 20, windowSeconds: minutes(15) },
  registrationsPerAddress: { name: 'registrations-address', per: 'address', points: 20, windowSeconds: minutes(60) },
  /** New anonymous identities (issued at a first checkout). */
  newIdentitiesPerAddress: { name: 'new-identities-address', per: 'address', points: 60, windowSeconds: minutes(60) },
  checkoutsPerViewer: { name: 'checkouts-viewer', per: 'viewer', points: 20, windowSeconds: minutes(10) },
  checkoutsPerAddress: { name: 'checkouts-address', per: 'address', points: 100, windowSeconds: minutes(10) },
  /** A player playing saves 20 times in 10 minutes; the rest is room for pauses and seeks. */
  progressSavesPerViewer: { name: 'progress-saves-viewer', per: 'viewer', points: 120, windowSeconds: minutes(10) },
  progressSavesPerAddress: { name: 'progress-saves-address', per: 'address', points: 1200, windowSeconds: minutes(10) },
  analyticsBatchesPerAddress: {
    name: 'analytics-batches-address',
    per: 'address',
    points: 600,
    windowSeconds: minutes(10),
  },
  /**
   * Progress saves and analytics reports that carry no identity: the player always has one (a
   * rental comes with it), so these are refused anyway; the limit bounds what refusing them costs.
   */
  unidentifiedWritesPerAddress: {
    name: 'unidentified-writes-address',
    per: 'address',
    points: 30,
    windowSeconds: minutes(10),
  },
  /**
   * Every request made with one API key (README › For integrators), whatever it asks for: 20 a
   * second on average over a minute, which a partner's app or a nightly report stays under.
   */
  requestsPerApiKey: { name: 'requests-api-key', per: 'api-key', points: 1200, windowSeconds: minutes(1) },
} as const satisfies Record<string, RateLimit>

/**
 * Not a rate-limiter-flexible counter: playback events per viewer are bounded by counting the rows
 * stored in the window, exactly (src/lib/analytics/recordPlaybackEvents.ts). A player reports a few
 * events a minute; 600 in 10 minutes is far past any honest one.
 */
export const playbackEventsPerViewer = { events: 600, windowMinutes: 10 }
