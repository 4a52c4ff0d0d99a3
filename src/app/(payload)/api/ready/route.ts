import { readiness } from '@/lib/health/readiness'
import { migrations } from '../../../../../migrations'

const expected = migrations.map((migration) => migration.name)

/**
 * Readiness for a load balancer: 200 when PostgreSQL answers with every migration of this build
 * applied, else 503. One word per check, nothing more (it is public).
 */
export async function GET(): Promise<Response> {
  const { ready, checks } = await readiness(expected)
  return Response.json(
    { status: ready ? 'ok' : 'unavailable', checks },
    { status: ready ? 200 : 503, headers: { 'Cache-Control': 'no-store', ...(!ready && { 'Retry-After': '5' }) } },
  )
}

export const dynamic = 'force-dynamic'
