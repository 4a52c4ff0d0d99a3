import type { TaskConfig } from 'payload'
import type { User } from '../../../payload-types'
import { PublicError } from '@/lib/http/errors'
import { expireCatalogueCache } from '@/lib/catalogue/cacheTags'
import { importMovieFromTmdb } from '@/lib/tmdb/importMovie'

type Result = { tmdbId: number; outcome: 'created' | 'updated' | 'failed'; movie?: number; message?: string }

/**
 * Imports a bulk request's TMDB ids one at a time, recording each result on the `tmdb-imports`
 * document as it goes, so the editor watches progress. One failure never stops the others.
 * A run taken over from a lost worker (or retried) goes on after the last recorded id; the one
 * in flight when the worker died is imported again, which updates the film it may have created.
 */
export const importTmdbBatch: TaskConfig<{
  input: { batchId: number }
  output: { created: number; updated: number; failed: number }
}> = {
  slug: 'importTmdbBatch',
  inputSchema: [{ name: 'batchId', type: 'number', required: true }],
  outputSchema: [
    { name: 'created', type: 'number', required: true },
    { name: 'updated', type: 'number', required: true },
    { name: 'failed', type: 'number', required: true },
  ],
  // Tries again only after a lost worker (a failing id is a result, not an error).
  retries: 2,
  handler: async ({ input, req }) => {
    const { payload } = req
    const batch = await payload.findByID({
      collection: 'tmdb-imports',
      id: input.batchId,
      depth: 1,
      overrideAccess: true,
    })
    const user = typeof batch.requestedBy === 'object' ? (batch.requestedBy as User) : null
    const tmdbIds = batch.tmdbIds as number[]
    const results: Result[] = ((batch.results ?? []) as Result[]).map(({ tmdbId, outcome, movie, message }) => ({
      tmdbId,
      outcome,
      ...(movie != null && { movie: typeof movie === 'object' ? (movie as { id: number }).id : movie }),
      ...(message != null && { message }),
    }))
    const done = new Set(results.map((result) => result.tmdbId))
    await payload.update({
      collection: 'tmdb-imports',
      id: batch.id,
      overrideAccess: true,
      data: { status: 'running' },
    })

    for (const tmdbId of tmdbIds.filter((id) => !done.has(id))) {
      try {
        const outcome = await importMovieFromTmdb(payload, tmdbId, { user, expireCache: false })
        results.push({ tmdbId, outcome: outcome.created ? 'created' : 'updated', movie: outcome.movie.id })
      } catch (error) {
        const known = error instanceof PublicError
        if (!known) payload.logger.error({ err: error }, `Bulk import: TMDB ${tmdbId} failed`)
        results.push({
          tmdbId,
          outcome: 'failed',
          message: known ? (error as Error).message : 'Failed on our side; nothing was saved.',
        })
      }
      await payload.update({
        collection: 'tmdb-imports',
        id: batch.id,
        overrideAccess: true,
        data: { processed: results.length, results },
      })
    }

    await payload.update({ collection: 'tmdb-imports', id: batch.id, overrideAccess: true, data: { status: 'done' } })
    // Once for the whole batch: a film at a time would expire every page once per film.
    if (results.some((result) => result.outcome !== 'failed')) await expireCatalogueCache()
    const count = (outcome: Result['outcome']) => results.filter((r) => r.outcome === outcome).length
    return { output: { created: count('created'), updated: count('updated'), failed: count('failed') } }
  },
}
