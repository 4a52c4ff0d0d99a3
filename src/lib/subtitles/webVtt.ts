/**
 * Subtitles as WebVTT, the one format the player is given. SRT uploads are converted: its cue
 * numbers are dropped and its comma decimal separators become dots.
 */
export class SubtitleFormatError extends Error {}

const srtTiming = /^(\d{1,2}:\d{2}:\d{2}),(\d{3}) --> (\d{1,2}:\d{2}:\d{2}),(\d{3})(.*)$/
const vttTiming = /^(?:\d+:)?\d{2}:\d{2}\.\d{3} --> (?:\d+:)?\d{2}:\d{2}\.\d{3}/

/** A subtitle file's text as WebVTT; throws SubtitleFormatError when it is neither WebVTT nor SRT. */
export function toWebVtt(text: string): string {
  const normalised = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .trim()
  const vtt = normalised.startsWith('WEBVTT') ? normalised : srtToVtt(normalised)
  if (!vtt.split('\n').some((line) => vttTiming.test(line.trim())))
    throw new SubtitleFormatError('The file has no subtitle cues (WebVTT or SRT).')
  return `${vtt}\n`
}

function srtToVtt(srt: string): string {
  const cues = srt.split(/\n{2,}/).map((block) => {
    const lines = block.split('\n')
    const timingIndex = lines.findIndex((line) => srtTiming.test(line.trim()))
    if (timingIndex < 0 || timingIndex > 1)
      throw new SubtitleFormatError(
        'This is neither WebVTT nor SRT: a cue has no "00:00:01,000 --> 00:00:02,000" line.',
      )
    const timing = lines[timingIndex]!.trim().replace(
      srtTiming,
      (_, start, startMs, end, endMs, rest) => `${pad(start)}.${startMs} --> ${pad(end)}.${endMs}${rest}`,
    )
    return [timing, ...lines.slice(timingIndex + 1)].join('\n')
  })
  return ['WEBVTT', ...cues].join('\n\n')
}

const pad = (time: string) => (time.length === 7 ? `0${time}` : time)
