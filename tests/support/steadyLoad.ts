export type LoadRequest = { path: string; startedAt: number; endedAt: number; status: number; error?: string }

/**
 * `concurrency` loops, each requesting the next of `paths` as soon as its previous answer came,
 * until stopped. Every request is recorded with its start and end, so that a failure can be told
 * apart as in flight at a given moment or not.
 */
export function startSteadyLoad(baseUrl: string, paths: string[], concurrency: number) {
  const done: LoadRequest[] = []
  let inFlight = 0
  let running = true
  let next = 0
  async function loop() {
    while (running) {
      const path = paths[next++ % paths.length]!
      const startedAt = Date.now()
      inFlight++
      const request = await fetch(baseUrl + path, { signal: AbortSignal.timeout(30_000) }).then(
        async (response) => {
          await response.arrayBuffer()
          return { status: response.status }
        },
        (error: Error) => ({ status: 0, error: error.message }),
      )
      inFlight--
      done.push({ path, startedAt, endedAt: Date.now(), ...request })
    }
  }
  const loops = Array.from({ length: concurrency }, () => loop())
  return {
    completed: () => done.length,
    inFlight: () => inFlight,
    /** Lets the requests in flight finish; resolves with every request made. */
    stop: async () => {
      running = false
      await Promise.all(loops)
      return done
    },
  }
}
