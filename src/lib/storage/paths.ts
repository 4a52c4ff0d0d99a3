import path from 'node:path'

// turbopackIgnore: these folders are chosen at run time; tracing them would pull the whole project into the build.

/** Everything the app writes locally lives under one git-ignored folder. */
export const dataDir = (): string =>
  path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.DATA_DIR || '.data')

export const mediaDir = (): string =>
  path.resolve(/* turbopackIgnore: true */ process.env.MEDIA_DIR || path.join(dataDir(), 'media'))

export const videoDir = (): string =>
  path.resolve(/* turbopackIgnore: true */ process.env.VIDEO_DIR || path.join(dataDir(), 'video'))

/**
 * Editors' video uploads (tus) until the transcoding job has made their ladder. Web instances and
 * workers must share it (one machine, or a shared volume): the worker reads what a web instance received.
 */
export const uploadDir = (): string =>
  path.resolve(/* turbopackIgnore: true */ process.env.UPLOAD_DIR || path.join(dataDir(), 'uploads'))
