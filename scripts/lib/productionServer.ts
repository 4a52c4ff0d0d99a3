import { createServer, type IncomingMessage, type RequestListener, type Server } from 'node:http'
import { cdnCacheControl, shortenSharedCaching } from '@/lib/http/cdnCacheControl'
import { clientAddressFrom } from '@/lib/http/clientAddress'

/**
 * Settles X-Forwarded-For before anything reads it. Route handlers never see the socket, and Next
 * (`next start`) fills the header from the socket only when the client sent none, so a client could
 * name any address it liked. Here the header becomes exactly one address, the one the socket and
 * TRUSTED_PROXY_HOPS vouch for, and everything downstream reads that.
 */
function settleClientAddress(req: IncomingMessage, trustedHops: number): string {
  const address = clientAddressFrom(req.socket.remoteAddress, req.headers['x-forwarded-for'], trustedHops)
  req.headers['x-forwarded-for'] = address
  return address
}

/**
 * Every request's client address settled and cached pages given CDN lifetimes, then handed to
 * `handle` (Next's, or a test's).
 */
export function createRequestListener(handle: RequestListener, trustedHops: number): RequestListener {
  const cacheControl = cdnCacheControl()
  return (req, res) => {
    settleClientAddress(req, trustedHops)
    shortenSharedCaching(res, cacheControl)
    handle(req, res)
  }
}

type ServerOptions = { port: number; hostname?: string; trustedHops: number }

/**
 * The production server: Next's documented custom server (the production build in .next), with the
 * client address settled on every request. Resolves once it listens. The process must have loaded
 * `next/dist/server/node-environment` before anything of Next's (scripts/start.ts does).
 */
export async function startProductionServer({
  port,
  hostname,
  trustedHops,
}: ServerOptions): Promise<{ server: Server; close: () => Promise<void> }> {
  const { default: next } = await import('next')
  const app = next({ dev: false, hostname, port })
  await app.prepare()
  const handle = app.getRequestHandler()
  const server = createServer(createRequestListener((req, res) => void handle(req, res), trustedHops))
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, hostname, () => resolve())
  })
  const close = async () => {
    // Stop taking connections, let requests in flight finish, drop idle keep-alive sockets.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()))
    server.closeIdleConnections()
    await closed
    await app.close()
  }
  return { server, close }
}

/**
 * `-p 3100`, `--port=3100`, `-H 0.0.0.0`, `--hostname 0.0.0.0`, as `next start` takes them; else
 * PORT, else 3000. HOSTNAME is not read: shells and containers set it to the machine's name.
 */
export function serverArguments(
  args: string[],
  env: Record<string, string | undefined> = process.env,
): { port: number; hostname?: string } {
  const value = (short: string, long: string): string | undefined => {
    for (let i = 0; i < args.length; i++) {
      const arg = args[i]!
      if (arg === short || arg === long) return args[i + 1]
      if (arg.startsWith(`${long}=`)) return arg.slice(long.length + 1)
    }
    return undefined
  }
  const port = Number(value('-p', '--port') ?? env.PORT ?? 3000)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`Not a port: ${value('-p', '--port') ?? env.PORT}`)
  return { port, hostname: value('-H', '--hostname') }
}
