/**
 * Who is on the other end of a request. A client may send any X-Forwarded-For it likes; only the
 * entries appended by proxies we run can be believed, and how many of those there are is
 * configuration (TRUSTED_PROXY_HOPS), never something the request says.
 */

/** `::ffff:203.0.113.7` is how Node reports an IPv4 client on a dual-stack socket. */
function plainAddress(address: string): string {
  const trimmed = address.trim()
  return trimmed.startsWith('::ffff:') && trimmed.includes('.') ? trimmed.slice('::ffff:'.length) : trimmed
}

/**
 * The client's address, decided from the socket and the X-Forwarded-For the request arrived with.
 * With no trusted proxy the socket is the client and the header is ignored. Behind N proxies the
 * socket is the last proxy, and the Nth proxy from us appended the address it was connected from:
 * the received chain's entry at index length − N. Anything left of it was written by the client.
 * A chain shorter than the proxies we trust means a request that bypassed them: its socket is all
 * we know.
 */
export function clientAddressFrom(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedHops: number,
): string {
  const socket = socketAddress ? plainAddress(socketAddress) : 'unknown'
  if (!(trustedHops > 0)) return socket
  const chain = [forwardedFor ?? []]
    .flat()
    .flatMap((header) => header.split(','))
    .map((entry) => entry.trim())
    .filter(Boolean)
  const appendedByOurProxy = chain[chain.length - trustedHops]
  return appendedByOurProxy ? plainAddress(appendedByOurProxy) : socket
}

/** TRUSTED_PROXY_HOPS as a whole number of proxies; anything else counts as none. */
export function trustedProxyHops(value = process.env.TRUSTED_PROXY_HOPS): number {
  const hops = Number(value ?? 0)
  return Number.isInteger(hops) && hops > 0 ? hops : 0
}

/**
 * The client's address as route handlers see it. The production server (scripts/lib/productionServer.ts)
 * replaces X-Forwarded-For with exactly the address `clientAddressFrom` decided, before Next reads
 * the request; under `next dev`, Next fills it from the socket only when the client sent none.
 */
export function requestClientAddress(headers: Headers): string {
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  return entries.at(-1) ?? 'unknown'
}
