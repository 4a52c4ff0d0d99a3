import { connect } from 'node:net'
import { databaseUrl } from './connection'

const probeIntervalMs = 1_000
const probeTimeoutMs = 500

let last = { at: 0, reachable: true }
let probing: Promise<boolean> | null = null

/**
 * Whether the database server accepts connections, probed with a bare TCP connect at most once a
 * second per process (the answer in between is the last one), so asking on every page request
 * costs nothing. A socket address (no host in the URL) is not probed and counts as reachable.
 */
export function databaseReachable(): Promise<boolean> {
  if (Date.now() - last.at < probeIntervalMs) return Promise.resolve(last.reachable)
  probing ??= probe().then((reachable) => {
    last = { at: Date.now(), reachable }
    probing = null
    return reachable
  })
  return probing
}

function probe(): Promise<boolean> {
  const { hostname, port } = new URL(databaseUrl())
  if (!hostname) return Promise.resolve(true)
  return new Promise((resolve) => {
    const socket = connect({ host: hostname.replace(/^\[|\]$/g, ''), port: Number(port) || 5432 })
    const done = (reachable: boolean) => {
      socket.destroy()
      resolve(reachable)
    }
    socket.setTimeout(probeTimeoutMs, () => done(false))
    socket.once('connect', () => done(true))
    socket.once('error', () => done(false))
  })
}
