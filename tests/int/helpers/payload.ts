import { getPayload, type Payload } from 'payload'
import { inject } from 'vitest'

let instance:
  Promise<{ payload: Payload; config: Awaited<typeof import('../../../payload.config').default> }> | undefined

/**
 * The Payload of the integration run, on the run's throwaway database, or on `databaseUrl` when the
 * first call of a test file names one (a file that needs a database server of its own).
 */
export function testPayload(options: { databaseUrl?: string } = {}) {
  instance ??= (async () => {
    process.env.DATABASE_URL = options.databaseUrl ?? inject('databaseUrl')
    process.env.DATA_DIR = inject('dataDir')
    process.env.PAYLOAD_SECRET = inject('payloadSecret')
    Object.assign(process.env, inject('mediaStorageEnv'))
    const { default: configPromise } = await import('../../../payload.config')
    const config = await configPromise
    return { payload: await getPayload({ config }), config }
  })()
  return instance
}
