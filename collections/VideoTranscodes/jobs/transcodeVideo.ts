import { rm } from 'node:fs/promises'
import path from 'node:path'
import type { Payload, TaskConfig } from 'payload'
import type { Movie, VideoTranscode } from '../../../payload-types'
import { relationId } from '@/lib/database/relationId'
import { uploadDir } from '@/lib/storage/paths'
import { configuredVideoStorage } from '@/lib/streaming/configuredStorage'
import { VideoFailure } from '@/lib/video/failures'
import { makeLadder, type FinishedLadder } from '@/lib/video/makeLadder'

/** How often progress reaches the database: often enough for a live bar, rarely enough to cost nothing. */
const progressEveryMs = 1000

/**
 * Turns one uploaded master file into an HLS ladder and points the film at it. A file that is
 * not a usable video, or an ffmpeg failure, is recorded on the transcode for the editor (who may
 * retry) and leaves the film's current video as it was; a new ladder lives under a prefix of its
 * own, so viewers of the old one are not cut off.
 */
export const transcodeVideo: TaskConfig<{ input: { transcodeId: number }; output: { status: string } }> = {
  slug: 'transcodeVideo',
  inputSchema: [{ name: 'transcodeId', type: 'number', required: true }],
  outputSchema: [{ name: 'status', type: 'text', required: true }],
  // Tried again only after a lost worker: a bad file stays bad, and is a result, not an error.
  retries: 1,
  handler: async ({ input, req }) => {
    const { payload } = req
    const transcode = await payload.findByID({
      collection: 'video-transcodes',
      id: input.transcodeId,
      depth: 0,
      overrideAccess: true,
    })
    const record = (data: Partial<VideoTranscode>) =>
      payload.update({ collection: 'video-transcodes', id: transcode.id, overrideAccess: true, depth: 0, data })
    await record({ status: 'running', progress: 0, failure: null, failureDetail: null })

    let lastWrite = 0
    let writing: Promise<unknown> = Promise.resolve()
    const onProgress = (percent: number) => {
      if (Date.now() - lastWrite < progressEveryMs) return
      lastWrite = Date.now()
      writing = writing.then(() => record({ progress: percent })).catch(() => {})
    }
    const movieId = relationId(transcode.movie)
    const source = path.join(uploadDir(), transcode.uploadId)
    try {
      const ladder = await makeLadder({
        source,
        kind: transcode.kind,
        prefix: `films/${movieId}/${transcode.kind}-${Date.now().toString(36)}-${transcode.id}`,
        storage: configuredVideoStorage(),
        onProgress,
      })
      await writing
      await pointFilmAt(payload, movieId, transcode.kind, ladder)
      await record({ status: 'done', progress: 100, masterPlaylist: ladder.masterPlaylist })
    } catch (error) {
      await writing
      const failure = error instanceof VideoFailure ? error : new VideoFailure('transcoding', String(error))
      if (!(error instanceof VideoFailure)) payload.logger.error({ err: error }, `transcode ${transcode.id} failed`)
      await record({ status: 'failed', failure: failure.code, failureDetail: failure.detail.slice(0, 4000) })
      return { output: { status: 'failed' } }
    }
    // The master file served its purpose; a failed one stays for "Try again".
    await rm(source, { force: true })
    await rm(`${source}.json`, { force: true })
    return { output: { status: 'done' } }
  },
}

/**
 * Switches the film's video (or trailer) to the finished ladder. A published film with unpublished
 * changes gets it as one more draft change (publishing it from the job would publish the editor's
 * unfinished work); any other film gets it at once.
 */
async function pointFilmAt(payload: Payload, movieId: number, kind: 'video' | 'trailer', ladder: FinishedLadder) {
  const read = (draft: boolean) =>
    payload.findByID({ collection: 'movies', id: movieId, depth: 0, draft, overrideAccess: true }) as Promise<Movie>
  const [live, latest] = await Promise.all([read(false), read(true)])
  const draftOverPublished = live._status === 'published' && latest._status === 'draft'
  const group =
    kind === 'video'
      ? { video: { ...latest.video, ...ladder } }
      : { trailer: { masterPlaylist: ladder.masterPlaylist, durationSeconds: ladder.durationSeconds } }
  await payload.update({
    collection: 'movies',
    id: movieId,
    depth: 0,
    overrideAccess: true,
    draft: draftOverPublished,
    data: group,
  })
}
