/** Liveness for a load balancer: the process answers. Needs nothing else (no database, no Payload). */
export function GET(): Response {
  return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } })
}

export const dynamic = 'force-dynamic'
