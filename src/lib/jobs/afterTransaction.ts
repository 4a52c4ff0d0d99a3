import type { PayloadRequest } from 'payload'

/**
 * Calls `then` once the request's transaction has ended (Payload clears `req.transactionID` on
 * commit and on rollback), at once when there is none: a job queued inside a save is only visible
 * to a runner after that save commits. Gives up waiting after `maxWaitMs` and calls `then` anyway.
 */
export function afterTransaction(req: Pick<PayloadRequest, 'transactionID'>, then: () => void, maxWaitMs = 60_000) {
  const started = Date.now()
  const check = () => {
    if (!req.transactionID || Date.now() - started > maxWaitMs) then()
    else setTimeout(check, 25)
  }
  check()
}
