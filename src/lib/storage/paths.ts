import path from 'node:path'

/** Everything the app writes locally lives under one git-ignored folder. */
export const dataDir = (): string => path.resolve(process.env.DATA_DIR || '.data')

export const mediaDir = (): string => path.resolve(process.env.MEDIA_DIR || path.join(dataDir(), 'media'))

export const videoDir = (): string => path.resolve(process.env.VIDEO_DIR || path.join(dataDir(), 'video'))
