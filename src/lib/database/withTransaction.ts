import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

/**
 * Runs `work` in one database transaction: every Local API call given the `req` it receives is
 * committed together, or, when `work` throws, none is.
 */
export async function withTransaction<T>(
  payload: Payload,
  options: { context?: Record<string, unknown>; user?: PayloadRequest['user'] },
  work: (req: PayloadRequest) => Promise<T>,
): Promise<T> {
  const req = await createLocalReq({ context: options.context, user: options.user ?? undefined }, payload)
  await initTransaction(req)
  try {
    const result = await work(req)
    await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
