import { ValidationError, type CollectionBeforeOperationHook, type CollectionBeforeValidateHook } from 'payload'
import type { Subtitle } from '../../../payload-types'
import { SubtitleFormatError, toWebVtt } from '@/lib/subtitles/webVtt'

/** An uploaded subtitle file becomes WebVTT before Payload records its name and type; SRT is converted. */
export const convertUploadToWebVtt: CollectionBeforeOperationHook<'subtitles'> = ({ args, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file) return args
  let vtt: string
  try {
    vtt = toWebVtt(req.file.data.toString('utf8'))
  } catch (error) {
    if (!(error instanceof SubtitleFormatError)) throw error
    throw new ValidationError({ collection: 'subtitles', errors: [{ path: 'file', message: error.message }] }, req.t)
  }
  const data = Buffer.from(vtt, 'utf8')
  req.file = {
    ...req.file,
    data,
    size: data.length,
    mimetype: 'text/vtt',
    name: req.file.name.replace(/\.(srt|vtt|txt)$/i, '') + '.vtt',
  }
  return args
}

/** The cues are kept in the database, so delivering them needs no file storage. */
export const keepWebVttText: CollectionBeforeValidateHook<Subtitle> = ({ data, req }) =>
  req.file ? { ...data, vtt: req.file.data.toString('utf8') } : data
